def use(path, lock):
    with lock:
        pass
    with open(path) as f:
        data = f.read()
    with open(path) as a, open(path) as b:
        data += a.read() + b.read()
    with lock as (x, y):
        return x, y
    return data
