# Structural pattern matching.
def describe(value):
    match value:
        case None | True | False:
            return 'singleton'
        case 0 | 1 as small:
            return f'small {small}'
        case [x, y, *rest] if x < y:
            return f'ascending {rest}'
        case {'kind': 'point', 'x': x, **others}:
            return f'point {x} {others}'
        case str() | bytes():
            return 'text'
        case complex(real=r, imag=i):
            return f'complex {r} {i}'
        case _:
            return 'other'

print([describe(v) for v in (None, 1, [1, 2, 3], {'kind': 'point', 'x': 1}, 'a', 1j, 3.5)])
