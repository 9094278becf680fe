def f(x):
    try:
        return x
    finally:
        print('cleanup')


def g(xs):
    for x in xs:
        try:
            if x:
                break
            continue
        finally:
            print(x)
    return None
