# An uncaught NameError for a free variable referenced before assignment in the enclosing scope.
def make_reader():
    def read():
        return buffer[:3]
    first = read if False else None
    print('closure made, cell empty:', first is None)
    result = read()
    buffer = 'abcdef'
    return result

make_reader()
