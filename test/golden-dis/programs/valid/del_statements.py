x = 1
del x
a, b = 1, 2
del a, b


def f(d, o):
    y = 1
    del y
    del d['k'], o.attr
    del (d[0]), [d[1]]
