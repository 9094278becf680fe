class Empty:
    pass


class Base:
    x = 1

    def __init__(self, v):
        self.v = v

    def method(self):
        return self.v + self.x


class Derived(Base, metaclass=type):
    y = Base.x + 1

    def method(self):
        return super().method() * 2


class Keywords(Base, **{}):
    pass
