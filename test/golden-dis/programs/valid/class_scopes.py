def factory(value):
    class Holder:
        v = value
        w = [value for _ in range(2)]

        def get(self):
            return value
    return Holder


x = 'global'


class UsesGlobal:
    x = 'class'
    y = x

    def method(self):
        return x
