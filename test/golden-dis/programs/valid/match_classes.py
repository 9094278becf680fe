class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return y
        case Point(x, y=0):
            return x
        case int(n) | float(n):
            return n
        case Point():
            return 'point'
        case str() as s if s:
            return s
