# Generator/coroutine-based scheduler: send/throw/close, yield from return values, round-robin tasks
from collections import deque
import heapq


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __repr__(self):
        return f"Sleep({self.ticks})"


class Cancelled(Exception):
    pass


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.now = 0
        self.results = {}
        self.seq = 0

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))

    def run(self, limit=100):
        while (self.ready or self.sleeping) and self.now < limit:
            if not self.ready:
                self.now, _, name, gen = heapq.heappop(self.sleeping)
                self.ready.append((name, gen, self.now))
                continue
            name, gen, value = self.ready.popleft()
            try:
                req = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"t={self.now:3d} {name} done -> {stop.value!r}")
                continue
            except Exception as e:
                self.results[name] = e
                print(f"t={self.now:3d} {name} crashed: {type(e).__name__}: {e}")
                continue
            if isinstance(req, Sleep):
                self.seq += 1
                heapq.heappush(self.sleeping, (self.now + req.ticks, self.seq, name, gen))
            else:
                print(f"t={self.now:3d} {name} yielded {req!r}")
                self.ready.append((name, gen, req))


def counter(n, step):
    total = 0
    for i in range(n):
        got = yield Sleep(step)
        total += i
    return total


def subtask(x):
    yield Sleep(1)
    if x < 0:
        raise ValueError(f"negative {x}")
    return x * 10


def parent():
    a = yield from subtask(2)
    b = yield from subtask(3)
    echoed = yield ("echo", a + b)
    try:
        yield from subtask(-1)
    except ValueError as e:
        echoed = (echoed, str(e))
    return echoed


def crasher():
    yield Sleep(2)
    1 / 0


s = Scheduler()
s.spawn("count3", counter(3, 2))
s.spawn("parent", parent())
s.spawn("crash", crasher())
s.spawn("count1", counter(1, 5))
s.run()
print(sorted((k, repr(v)) for k, v in s.results.items()))


def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except Cancelled:
            return ("cancelled", count)
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return ("done", avg)


g = averager()
print(next(g), g.send(10), g.send(20), g.send(3))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value, e.args)
g = averager(); next(g); g.send(1)
try:
    g.throw(Cancelled)
except StopIteration as e:
    print("stop", e.value)


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")


c = closer()
print(next(c))
c.close()
print(c.gi_frame, c.gi_running)
try:
    next(c)
except StopIteration:
    print("exhausted")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


st = stubborn(); next(st)
try:
    st.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def delegator():
    result = yield from inner()
    print("inner returned", result)
    yield "after"


def inner():
    try:
        x = yield "first"
        print("inner got", x)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
    return "ret"


d = delegator()
print(next(d), d.throw(KeyError("k")), next(d))
pipeline = (x * x for x in range(10) if x % 3)
print(list(pipeline), list(pipeline))
gen = (i for i in range(3))
print(gen.__name__, gen.__qualname__, type(gen).__name__)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


from itertools import islice, tee, cycle
f1, f2 = tee(fib())
print(list(islice(f1, 10)), list(islice(f2, 5, 8)), list(islice(cycle("ab"), 5)))
try:
    g = (x for x in [1]); next(g); next(g)
except StopIteration as e:
    print("StopIteration", repr(e))


def bad_gen():
    yield 1
    raise StopIteration("oops")


try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
