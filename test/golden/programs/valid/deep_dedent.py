def a():
    def b():
        def c():
            def d():
                if x:
                    while y:
                        for z in w:
                            pass
x = 1
class K:
    def m(self):
        if 1:
            pass
        else:
            return
    y = 2
