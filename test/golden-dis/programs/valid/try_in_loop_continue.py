def loop(items):
    for item in items:
        try:
            value = int(item)
        except ValueError:
            continue
        else:
            if value < 0:
                break
        finally:
            print(item)
    return item
