import asyncio


async def fetch(x):
    await asyncio.sleep(0)
    return x


async def main():
    r = await fetch(1)
    results = await asyncio.gather(fetch(2), fetch(3))
    return r, results
