async def worker(lock, stream):
    async with lock:
        pass
    async with lock as a, lock as b:
        print(a, b)
    async for item in stream:
        if item:
            break
        print(item)
    else:
        print('exhausted')
    return await stream.close()
