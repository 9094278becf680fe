async def misc(source, cm, coro):
    total = sum([x async for x in source])
    async for a, *rest in source:
        match a:
            case {'k': v}:
                total += await v
            case [x, y]:
                yield x, y
    async with cm as (p, q), cm:
        yield p
    result = [await coro(i) async for i in source if await coro(i)]
    yield result
