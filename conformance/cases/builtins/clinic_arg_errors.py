# Argument errors of builtins parsed by the argument clinic, in CPython 3.11's order: too many in
# all ("takes at most N [keyword ]arguments"), too many or too few positional, a missing required
# argument, one given by name and position, then an unknown keyword ("'x' is an invalid keyword
# argument for f()").
import math
import sys

calls = [
    "complex(1, 2, 3)", "complex(1, real=2)", "complex(imag=1, real=2, x=3)", "complex(x=1)",
    "pow(1, 2, 3, 4)", "pow(1, x=4)", "pow(1, 2, mod=3, x=4)", "pow(exp=2, base=3, mod=None, x=1)",
    "round()", "round(1, 2, 3)", "round(1, nd=2)", "round(number=1, ndigits=2, x=3)",
    "sum()", "sum([], 0, 1)", "sum([], x=1)", "sum(iterable=[])", "sum([], 0, start=1)",
    "(1).to_bytes(1, 'big', 3)", "(1).to_bytes(length=1, x=1)", "(1).to_bytes(1, length=1)",
    "(1).to_bytes(length=1, byteorder='big', signed=True, x=1)",
    "int.from_bytes()", "int.from_bytes(b'', x=1)", "int.from_bytes(b'', 'big', True)",
    "math.isclose()", "math.isclose(1)", "math.isclose(1, 2, 3)", "math.isclose(1, 2, x=3)",
    "math.isclose(1, a=2)", "math.isclose(b=1, a=1)", "math.isclose(a=1, b=2, c=3, d=4, e=5)",
    "math.prod()", "math.prod([], 2)", "math.prod(iterable=[])", "math.prod([], x=1)",
    "math.prod([], start=2, x=3)", "math.prod([2, 3], start=2)",
    "sys.set_int_max_str_digits()", "sys.set_int_max_str_digits(1, 2)",
    "sys.set_int_max_str_digits(x=1)", "sys.set_int_max_str_digits(maxdigits=4300, x=2)",
    "print(1, x=3)", "exec('1', {}, {}, None, 1)", "exec()",
]
for src in calls:
    try:
        print(src, "->", eval(src))
    except TypeError as e:
        print(src, "-> TypeError:", e)
