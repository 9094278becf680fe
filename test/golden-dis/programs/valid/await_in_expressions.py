async def compute(a, b):
    x = await a + await b
    if await a:
        return [await b for _ in range(2)]
    return x, {await a: await b}
