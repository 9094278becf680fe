# Lambdas as closures: capturing parameters, nested lambdas, lambdas with defaults and in class bodies.
adder = lambda a: lambda b: a + b
add5 = adder(5)
print(add5(1), adder('x')('y'), add5.__code__.co_freevars)
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
pairs = [(lambda v=v: v * v) for v in range(4)]
print([p() for p in pairs])
def outer(n):
    return [lambda: n + i for i in range(2)]
print([f() for f in outer(10)])
class Holder:
    factor = 3
    scale = lambda self, v: v * self.factor
print(Holder().scale(4))
y = 1
get_y = lambda: y
y = 2
print(get_y())
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), (lambda: (yield 1))().__class__.__name__)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), sorted(['b1', 'a2', 'c0'], key=lambda s: s[1]))
