def dead(x):
    return x
    print('never')


def after_raise():
    raise ValueError
    x = 1


def constant_conditions():
    if 0:
        print('folded away')
    if True:
        return 1
    return 2


def while_false():
    while False:
        print('no')
    while 1:
        pass
