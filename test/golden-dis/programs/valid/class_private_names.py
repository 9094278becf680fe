class Private:
    __slots__ = ('__x',)

    def __init__(self):
        self.__x = 1
        __local = 2
        print(__local)

    def __secret(self):
        return self.__x

    def __dunder__(self):
        return self.__secret()
