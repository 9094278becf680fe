async def ticker(n):
    for i in range(n):
        yield i
        await other()
    try:
        yield n
    finally:
        await other()


async def other():
    pass
