def g(cm):
    with cm as a, cm as b:
        yield a
        return b


async def h(cm):
    async with cm as a:
        async with cm:
            return a
