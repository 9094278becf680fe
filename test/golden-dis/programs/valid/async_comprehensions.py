async def collect(stream, coros):
    a = [x async for x in stream]
    b = {x: y async for x, y in stream if x}
    c = [await c for c in coros]
    d = (x async for x in stream)
    e = [y for x in coros async for y in x]
    return a, b, c, d, e
