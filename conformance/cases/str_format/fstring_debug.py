# f-string self-documenting expressions with =: spacing kept, repr by default, with conversions and specs
x = 42
name = "Ada"
pi = 3.14159
items = [1, 2]
print(f"{x=}", f"{x = }", f"{x =}", f"{x= }", f"{ x=}")
print(f"{name=}", f"{name=!s}", f"{name=!r}", f"{name=!a}", f"{'é'=}")
print(f"{pi=:.2f}", f"{pi = :>10.3f}", f"{x=:#x}", f"{x=!r:>6}", f"{name=:*^9}")
print(f"{x + 1=}", f"{x*2 = }", f"{items[0]=}", f"{len(items)=}", f"{name.upper()=}", f"{x if x else 0=}")
print(f"{items=}", f"{ {'k': 1}=}", f"{(1, 2)=}", f"{None=}", f"{x==42=}", f"{x!=41=}")
print(f"{x=}{x=}", f"[{x=}]", f"{x=}\n{pi=}".splitlines())
class R:
    def __repr__(self):
        return "R()"
    def __str__(self):
        return "str-R"
    def __format__(self, spec):
        return "fmt-R(" + spec + ")"
r = R()
print(f"{r=}", f"{r}", f"{r!s}", f"{r=!s}", f"{r=:spec}", f"{r:}", f"{r=:}")
width = 8
print(f"{pi=:{width}.2f}", f"{name=:>{width}}", f"{x=:0{width}}")
def f(a):
    return a * 2
print(f"{f(3)=}", f"{f('ab')=}", f"{[i for i in range(3)]=}", f"{(lambda: 1)()=}")
print(f"{'a' 'b'=}", f"{x:=^10}", f"{x:=10}")
