# Comprehensions and generators, sync and async.
def gen(n):
    yield from range(n)
    x = yield n
    return x

async def agen(xs):
    for x in xs:
        yield x

async def use(xs):
    a = [x async for x in agen(xs)]
    b = {x: await x for x in xs}
    async with xs as y:
        pass
    async for z in agen(xs):
        print(z)
    return a, b, y

print([x * y for x in range(3) for y in range(x) if x != y],
      {x for x in 'abc'}, {k: v for k, v in zip('ab', 'cd')}, sum(x for x in range(9)), gen, use)
