# Constructors as converters: int/float/str/bool/list/tuple/set/dict/frozenset/bytes from many input types.
print(int('42'), int('-0b101', 0), int('z', 36), int(3.99), int(True), int('٣'))
print(float('1.5'), float('-inf'), float('nan') != float('nan'), float(2), float('1_000.5'))
print(str(12), str(1.0), str(None), str([1, 'a']), str(b'x'), str(3 + 4j))
print(bool(), bool(0), bool('0'), list('ab'), list({'k': 1}), list(range(3)), tuple([1, 2]))
print(sorted(set([3, 1, 3])), dict([('a', 1)]), dict(a=1, b=2), dict({'x': 1}, y=2), frozenset('aab') == frozenset('ab'))
print(bytes('abc', 'ascii'), bytes(2), bytearray([65, 66]), list(b'AB'), tuple('xy'))
print(int(' 7 '), float(' 2.5\n'), complex(' 1+1j '), int('+5'))
for bad in ('int("1.5")', 'float("1,5")', 'int("0x10")', 'complex("1 + 1j")', 'int(float("inf"))', 'int([])'):
    try:
        eval(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(f'{bad:22} {type(e).__name__}: {e}')
print(type(int.from_bytes(b'\x01\x00', 'little')).__name__, int.from_bytes(b'\x01\x00', 'little'), (1024).bit_length())
print(float.fromhex('0x1.8p1'), (2.5).hex(), (0.5).as_integer_ratio(), (7).as_integer_ratio())
