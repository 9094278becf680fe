# Calling a numeric type's __new__ directly: tp_new_wrapper's checks (not a type, not a subtype,
# not safe: int.__new__(bool) would skip bool's own constructor), and the uses that are allowed.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, "TypeError:", e)

class MyInt(int):
    pass

class Doubled(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)

class MyFloat(float):
    pass

attempt("int(bool)", lambda: int.__new__(bool, 1))
attempt("int(MyInt)", lambda: int.__new__(MyInt, "12", 8))
attempt("int(Doubled)", lambda: int.__new__(Doubled, 5))
attempt("Doubled", lambda: (Doubled(5), type(Doubled(5)).__name__))
attempt("int(float)", lambda: int.__new__(float))
attempt("int(5)", lambda: int.__new__(5))
attempt("int()", lambda: int.__new__())
attempt("float(int)", lambda: float.__new__(int))
attempt("float(MyInt)", lambda: float.__new__(MyInt))
attempt("float(MyFloat)", lambda: float.__new__(MyFloat, "2.5"))
attempt("complex(float)", lambda: complex.__new__(float))
attempt("complex(None)", lambda: complex.__new__(None, 1))
attempt("bool(int)", lambda: bool.__new__(int))
attempt("bool(bool)", lambda: bool.__new__(bool, [0]))
attempt("bool()", lambda: bool.__new__())
attempt("object(int)", lambda: object.__new__(int))
attempt("object(MyInt)", lambda: object.__new__(MyInt))
attempt("object(MyFloat)", lambda: object.__new__(MyFloat))
attempt("MyInt.__new__(bool)", lambda: MyInt.__new__(bool))
attempt("type(int(MyInt))", lambda: type(int.__new__(MyInt, 3)).__name__)
