def factory(base):
    gen = lambda: (yield base)
    items = [(lambda: i) for i in range(3)]

    class Local(base):
        value = base

        def m(self):
            return super().m(), __class__, value

        def n(self):
            nonlocal base
            base = None

    return gen, items, Local
