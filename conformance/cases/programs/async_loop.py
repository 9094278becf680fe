# A hand-rolled async event loop: coroutines with __await__, async generators, async with/for,
# task cancellation via throw(), and a Future type, without asyncio.
import heapq
import itertools
import types


class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []

    def set_result(self, value):
        self.done, self.result = True, value
        for cb in self.callbacks:
            cb(self)

    def __await__(self):
        if not self.done:
            yield self
        return self.result


class CancelledError(BaseException):
    pass


@types.coroutine
def sleep(ticks):
    yield ("sleep", ticks)


class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = itertools.count()
        self.log = []

    def call_at(self, when, task, value=None, exc=None):
        heapq.heappush(self.queue, (when, next(self.seq), task, value, exc))

    def spawn(self, coro, name):
        task = Task(coro, name, self)
        self.call_at(self.now, task)
        return task

    def run(self):
        while self.queue:
            self.now, _, task, value, exc = heapq.heappop(self.queue)
            task.step(value, exc)


class Task(Future):
    def __init__(self, coro, name, loop):
        super().__init__()
        self.coro, self.name, self.loop = coro, name, loop

    def step(self, value, exc):
        if self.done:
            return
        try:
            req = self.coro.throw(exc) if exc else self.coro.send(value)
        except StopIteration as e:
            print(f"[{self.loop.now:2}] {self.name} -> {e.value!r}")
            self.set_result(e.value)
            return
        except CancelledError:
            print(f"[{self.loop.now:2}] {self.name} cancelled")
            self.set_result(None)
            return
        match req:
            case ("sleep", ticks):
                self.loop.call_at(self.loop.now + ticks, self)
            case Future() as fut:
                fut.callbacks.append(lambda f: self.loop.call_at(self.loop.now, self, f.result))
            case other:
                raise RuntimeError(f"bad yield {other!r}")

    def cancel(self):
        self.loop.call_at(self.loop.now, self, exc=CancelledError())


class Lock:
    def __init__(self):
        self.held = False
        self.waiters = []

    async def __aenter__(self):
        while self.held:
            fut = Future()
            self.waiters.append(fut)
            await fut
        self.held = True
        return self

    async def __aexit__(self, *exc):
        self.held = False
        if self.waiters:
            self.waiters.pop(0).set_result(None)
        return False


async def ticker(n, step):
    for i in range(n):
        await sleep(step)
        yield i * step


async def consumer(name, n, step):
    got = [x async for x in ticker(n, step)]
    return name, got


async def worker(lock, name, hold):
    async with lock:
        print(f"[{loop.now:2}] {name} has the lock")
        await sleep(hold)
    return name


async def waiter(task):
    result = await task
    return f"waited for {result}"


async def forever():
    try:
        while True:
            await sleep(3)
    finally:
        print(f"[{loop.now:2}] forever cleaning up")


loop = Loop()
lock = Lock()
c1 = loop.spawn(consumer("c1", 3, 2), "c1")
loop.spawn(waiter(c1), "waiter")
for name, hold in [("w1", 4), ("w2", 1), ("w3", 2)]:
    loop.spawn(worker(lock, name, hold), name)
f = loop.spawn(forever(), "forever")
loop.call_at(10, types.SimpleNamespace(step=lambda v, e: f.cancel()))
loop.run()
print(c1.result, f.done, loop.now)


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finalised")


async def main():
    g = agen()
    print(await g.__anext__(), await anext(g), await anext(g, "default"))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g2 = agen()
    await g2.asend(None)
    await g2.aclose()
    return type(g).__name__, g.ag_running


co = main()
print(type(co).__name__, co.__qualname__)
try:
    co.send(None)
except StopIteration as e:
    print("main returned", e.value)
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def never_awaited():
    return 1


c = never_awaited()
print(c.cr_running, c.cr_await, c.__name__)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
