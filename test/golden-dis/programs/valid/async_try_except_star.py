async def run(tasks, lock):
    try:
        async with lock:
            for t in tasks:
                await t
    except* ValueError as eg:
        print(eg)
    except* OSError:
        raise
    else:
        print('ok')
    return tasks
