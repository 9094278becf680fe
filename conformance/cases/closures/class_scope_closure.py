# Class bodies are not enclosing scopes for methods; names assigned in a class body are looked up in globals, not the enclosing function.
x = 'global x'
class A:
    x = 'class x'
    def method(self):
        return x
    lam = lambda self: x
    items = [x for _ in range(1)]
print(A().method(), A().lam(), A.items)

def factory(v):
    class Made:
        value = v
        def get(self):
            return v
    return Made
M = factory(3)
print(M.value, M().get())

def rebinding():
    y = 1
    class K:
        y = 2
        z = y
    return K.z, y
print(rebinding())

def class_reads_enclosing():
    w = 'enclosing w'
    class K:
        print('class body sees', w)
        w = 'class w'
        print('after assignment', w)
    return K.w
try:
    print(class_reads_enclosing())
except NameError as e:
    print('NameError:', e)

def class_global_name():
    n = 'function n'
    class K:
        global n
        n = 'set from class body'
    return n
print(class_global_name(), n)
