# complex() from strings: accepted spellings, whitespace and parentheses, and malformed strings
for s in ["1", "1j", "-1j", "+1J", "1+2j", "1-2j", " 1.5-2.5e3j ", "(3+4j)", " ( -1-1j ) ", "j", "-j",
          "1e-3+1e3j", "inf+nanj", "-infj", "nan", "1_0+2_0j", "0.5j", ".5+.5j", "1e5", "5.J", "+j"]:
    print(repr(s), complex(s))
for bad in ["", "1+", "1 + 2j", "1+2", "j1", "1+2jj", "(1+2j", "1+2j)", "((1+2j))", "1j+2", "i", "1__0j", "()"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for args in [("1", 2), (1, "2"), ("1", "2")]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError:", e)
for bad in [None, [1], {}]:
    try:
        complex(bad)
    except TypeError as e:
        print("TypeError:", e)
class C:
    def __complex__(self):
        return 5 - 5j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(1, I()))
print(complex("1+2j") == 1 + 2j, complex(b"1".decode()))
complex("1 + 2j")
