import functools


def deco(f):
    return f


@deco
def plain():
    pass


@functools.lru_cache(maxsize=None)
@deco
def stacked(n):
    return n


@deco
class Decorated:
    @staticmethod
    def s():
        return 1

    @classmethod
    def c(cls):
        return cls

    @property
    def p(self):
        return 2
