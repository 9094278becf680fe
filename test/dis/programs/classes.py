# Classes: __class__ cells, super(), properties, class variables, nested classes.
class Base:
    count = 0

    def __init__(self, value):
        self.value = value
        Base.count += 1

    @property
    def double(self):
        return self.value * 2

class Child(Base):
    class Inner:
        pass

    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra

    def __repr__(self):
        return f'{type(self).__name__}({self.value!r}, {self.extra:>5})'

print(Child(1, 'x'), Child.Inner, Base.count)
