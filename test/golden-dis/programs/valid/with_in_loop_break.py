def loop(items, lock):
    for item in items:
        with lock:
            if item:
                break
            if item is None:
                continue
            return item
    return None
