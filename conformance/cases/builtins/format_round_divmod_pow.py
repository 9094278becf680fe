# format() with specs, round() half-even and negative digits, divmod signs, pow with negative exponents and a modulus.
print(format(3.14159, '.2f'), format(42, '08b'), format(255, 'x'), format(255, '#X'), format(1234567, ','))
print(format('s', '>5'), format(0.5, '%'), format(12, ''), format(-7, '+d'), format(1e20, 'g'), format(True))
print(format(1234.5678, '_.1f'), format(3, 'c') if False else format(65, 'c'), format(2 ** 40, 'e'))
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 3.49999)])
print(round(2.675, 2), round(1234.5678, -2), round(1234, -2), round(1250, -2), round(-1350, -2))
print(round(5), type(round(5.5)).__name__, type(round(5.5, 0)).__name__, round(0.125, 2), round(1e300, -300))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError:', e)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(2 ** 70, 3), divmod(0, 5), divmod(1.0, 0.1))
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 0.5), pow(0, 0), pow(-8, 1 / 3))
print(pow(3, 4, 5), pow(2, 100, 17), pow(-3, 3, 7), pow(3, -1, 7), pow(5, -2, 13), pow(7, 0, 1))
for args in ((2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 0.5, 3)):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(abs(-3), abs(-2.5), abs(3 + 4j), abs(-0.0), abs(True))
print(bin(-10), oct(64), hex(-255), int('0x1f', 0), int('  -42  '), int('1_000'), float(' 1e3 '))
print(complex('1+2j'), complex(3), complex(1, -1), bool(0j), int(-3.9), int(3.9), float(-0))
print(ord('€'), chr(8364), chr(97), ord('\n'), ascii('€'), repr('€'))
