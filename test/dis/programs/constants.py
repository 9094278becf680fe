# Every kind of constant marshal and dis handle.
a = None, True, False, ...
b = 0, 1, -1, 255, 256, -5, -6, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**62, 2**64, -(2**100), 10**50
c = 0.0, -0.0, 1.5, -2.25, 1e300, 1e-300, 5e-324, 1e999, -1e999, 0.1
d = 1j, -2.5j, (1+2j), 3.0 - 0j
e = b'', b'x', b'\x00\xff', b'bytes' * 3
f = '', 'a', 'name_like', 'not a name', '\xe9t\xe9', '\u20ac', '\U0001f600', '\ud800', '\udc00x', '\ud83d\ude00', 'x' * 300
g = (), (1,), (1, (2, (3, 'x'))), ('a', 'b')
def h(x):
    return x in {1, 2, 3}, x in {'a', 'b', 'c', 'd'}, x not in {b'q', 2.5, (1, 2)}, x in {1, 'mixed', 2.0}
print(a, b, c, d, e, f, g, h)
