if __debug__:
    x = 1
y = __debug__
big_power = 2 ** 100000
big_repeat = (1,) * 1000
small_repeat = (1,) * 3
big_str = 'ab' * 2049
shift = 1 << 1000
neg_pow = 2 ** -1
div_zero = 1 / 0 if y else None
inf = 1e400
tup = (-0.0, 0.0, inf, -inf)
nested = ((1, 2), frozenset and (3,))
