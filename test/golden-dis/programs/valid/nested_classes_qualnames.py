class Outer:
    class Inner:
        def method(self):
            def local():
                return 1
            return local

    def make(self):
        class Local:
            def m(self):
                return self
        return Local
