async def main(a, b):
    await a
    x = await b
    await asyncio.sleep(0)
    return await (await f())()
    async for item in aiter():
        pass
    else:
        pass
    async with lock:
        pass
    async with a as x, b as (y, z):
        pass
    result = [i async for i in agen() if await i]
    gen = (await x for x in y)
    s = {await x async for x in y}
    d = {k: await v async for k, v in items}
    print(f"{await x}")
    async for i, j in pairs: await i

async def agen():
    yield 1
    await x

class A:
    async def m(self):
        return [await x for x in self]

