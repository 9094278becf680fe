# async/await driven by a hand-written event loop: coroutine objects, send(None), awaitables and task scheduling.
import types

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield 'tick'
        return f'slept {self.ticks}'

async def worker(name, ticks, log):
    log.append(f'{name} start')
    r = await Sleep(ticks)
    log.append(f'{name} {r}')
    return name.upper()

def run_all(coros):
    log_results = {}
    queue = list(coros)
    while queue:
        name, coro = queue.pop(0)
        try:
            coro.send(None)
        except StopIteration as stop:
            log_results[name] = stop.value
        else:
            queue.append((name, coro))
    return log_results

log = []
results = run_all([('a', worker('a', 2, log)), ('b', worker('b', 1, log)), ('c', worker('c', 0, log))])
print(log)
print(results)

async def add(x, y):
    return x + y
async def compute():
    total = 0
    for i in range(3):
        total += await add(i, 10)
    return total
c = compute()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as s:
    print('result', s.value)

@types.coroutine
def legacy():
    v = yield 'legacy yield'
    return v * 2
async def uses_legacy():
    return await legacy()
u = uses_legacy()
print(u.send(None))
try:
    u.send(21)
except StopIteration as s:
    print('legacy result', s.value)

async def never():
    pass
n = never()
n.close()
try:
    n.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
async def bad_await():
    await 5
try:
    bad_await().send(None)
except TypeError as e:
    print('TypeError:', e)
