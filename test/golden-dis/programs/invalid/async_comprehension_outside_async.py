def f(stream):
    return [x async for x in stream]
