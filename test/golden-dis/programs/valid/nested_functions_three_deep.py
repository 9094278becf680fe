def level1(a):
    b = a + 1

    def level2(c):
        d = b + c

        def level3(e):
            return a + b + d + e

        return level3

    return level2
