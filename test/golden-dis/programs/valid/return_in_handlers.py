def f(x):
    try:
        return x()
    except ValueError as e:
        return e
    except TypeError:
        return None
    finally:
        if x:
            return 0


def g(x):
    try:
        pass
    finally:
        return x
