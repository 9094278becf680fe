def outer():
    v = 1

    def inner():
        return v
    del v
    return inner


g = 0


class C:
    global g
    g = 1
    h = g

    def method(self):
        return __class__, g
