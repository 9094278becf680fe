# Async generators, async for, async with and async comprehensions, driven without asyncio.
class Resource:
    async def __aenter__(self):
        print('aenter')
        return 'res'
    async def __aexit__(self, *exc):
        print('aexit', exc[0])
        return False

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def agen(n):
    for i in range(n):
        yield i * i

async def main():
    out = []
    async with Resource() as r:
        out.append(r)
    async for v in Countdown(3):
        out.append(v)
    async for v in agen(4):
        out.append(v)
    out.append([x async for x in agen(3) if x])
    g = agen(2)
    out.append(await g.__anext__())
    out.append(await g.asend(None))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append('exhausted')
    return out

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as s:
        return s.value

print(run(main()))
print(type(agen(1)).__name__)

async def fails():
    async with Resource():
        raise ValueError('inside async with')
try:
    run(fails())
except ValueError as e:
    print('ValueError:', e)
