def nothing():
    pass


def none():
    return


def explicit():
    return None


def value():
    return 42
