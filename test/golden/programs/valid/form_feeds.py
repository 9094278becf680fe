x = 1

def f():
    return 1

class C:
    pass

# comment after form feed
y = 2
