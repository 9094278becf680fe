def spin(q):
    while True:
        item = q.get()
        if item is None:
            return
        try:
            q.task_done()
        except ValueError:
            break
    while 1:
        if q:
            continue
        break
    i = 0
    while i < 10:
        i += 1
    else:
        return i
