# Messages of common built-in exceptions raised by operations on built-in types.
cases = [
    '1 / 0', '1 // 0', '1 % 0', '1.0 / 0', '1.5 // 0.0', 'divmod(1, 0)', '0 ** -1', '2.0 ** 10000',
    '[][0]', '(1,)[5]', '"abc"[10]', '{}["k"]', '{1: 2}[(1, 2)]', 'range(3)[9]',
    '[].pop()', '{}.popitem()', 'set().pop()', '[1].remove(2)', '"abc".index("z")', '[1, 2].index(3)',
    'int("x1")', 'int("")', 'float("abc")', 'int("12", 1)', 'chr(-1)', 'chr(0x110000)', 'ord("ab")',
    'undefined_name', 'None.attr', '(1).foo', '"s".nope()',
    'len(5)', 'iter(5)', 'next(iter([]))', 'None()', '"a"()', '[1, 2] + None',
    'int(None)', 'sum(["a"])', 'sorted([1, "a"])', 'max([])', 'min(())',
    'tuple(5)', 'dict([1])', 'dict([(1, 2, 3)])', 'list.append()', '"{}{}".format(1)', '"%d" % "x"',
    'b"a" + "b"', 'bytes([300])', '"x".encode("nope")', 'b"\\xff".decode("utf-8")', '"é".encode("ascii")',
    'import_nothing_xyz', '[1, 2, 3][1:2:0]', 'a, b = [1, 2, 3]', 'a, b, c = [1]', 'x, = ()',
    'import no_such_module_xyz', 'from sys import nope',
]
for src in cases:
    try:
        exec(src, {})
    except Exception as e:
        print(f'{src:28} {type(e).__name__}: {e}')
    else:
        print(f'{src:28} no error')
