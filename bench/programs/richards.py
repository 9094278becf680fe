# richards: attribute access and method calls: an operating-system task scheduler simulation.
#
# Six tasks (an idle task, a worker, two handlers and two devices) pass packets to one
# another through a priority-ordered scheduler, in the manner of Martin Richards' benchmark
# but written afresh here. The idle task runs n times; the checksum is how many packets
# were queued and how many times a task held itself.

SIZES = {"quick": 31000, "default": 310000, "full": 1400000}

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
LETTERS = 26


class Packet:
    __slots__ = ("link", "dest", "kind", "count", "data")

    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = waiting
        self.held = False
        self.next = None

    def runnable(self):
        return not self.held and not (self.waiting and self.queue is None)

    def take(self):
        if self.waiting and self.queue is not None:
            packet = self.queue
            self.queue = packet.link
            self.waiting = False
            return packet
        return None


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None, False)
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold()
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return self.sched.release(DEVICE_B)
        self.seed >>= 1
        return self.sched.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue, True)
        self.target = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.sched.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        packet.dest = self.target
        packet.count = 0
        for i in range(4):
            self.letter = self.letter % LETTERS + 1
            packet.data[i] = self.letter
        return self.sched.send(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            if work.count < 4:
                device = self.devices
                if device is not None:
                    self.devices = device.link
                    device.count = work.data[work.count]
                    work.count += 1
                    return self.sched.send(device)
            else:
                self.work = work.link
                return self.sched.send(work)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, True)
        self.pending = None

    def step(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.sched.wait()
            self.pending = None
            return self.sched.send(pending)
        self.pending = packet
        self.sched.checksum = (self.sched.checksum * 7 + packet.count) % 1000003
        return self.sched.hold()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.head = None
        self.current = None
        self.queued = 0
        self.holds = 0
        self.checksum = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # keep the list ordered by falling priority
        if self.head is None or task.priority > self.head.priority:
            task.next = self.head
            self.head = task
            return
        t = self.head
        while t.next is not None and t.next.priority >= task.priority:
            t = t.next
        task.next = t.next
        t.next = task

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def send(self, packet):
        task = self.tasks[packet.dest]
        self.queued += 1
        packet.dest = self.current.ident
        was_empty = task.queue is None
        task.queue = packet.append_to(task.queue)
        if was_empty and task.priority > self.current.priority:
            return task
        return self.current

    def schedule(self):
        task = self.head
        while task is not None:
            if task.runnable():
                self.current = task
                task = task.step(task.take())
            else:
                task = task.next


def run(n):
    sched = Scheduler()
    sched.add(IdleTask(sched, n))
    work = Packet(Packet(None, WORKER, KIND_WORK), WORKER, KIND_WORK)
    sched.add(WorkerTask(sched, work))
    queue = None
    for _ in range(3):
        queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    sched.add(HandlerTask(sched, HANDLER_A, 2000, queue))
    queue = None
    for _ in range(3):
        queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    sched.add(HandlerTask(sched, HANDLER_B, 3000, queue))
    sched.add(DeviceTask(sched, DEVICE_A, 4000))
    sched.add(DeviceTask(sched, DEVICE_B, 5000))
    sched.schedule()
    return "%d %d %d" % (sched.queued, sched.holds, sched.checksum)


if __name__ == "__main__":
    from _driver import main

    main(run, SIZES)
