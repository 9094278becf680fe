# inf and nan: arithmetic, comparisons, repr, parsing spellings, identity versus equality
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan, repr(inf), str(nan))
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan >= 1)
print(inf == 10 ** 400, inf > 10 ** 4000, nan is nan, [nan] == [nan], (nan,) == (nan,))
print(nan in [nan], nan in [float("nan")], [nan].count(nan), [float("nan")].count(nan))
for s in ["inf", "INF", "+inf", "-inf", "infinity", "-Infinity", "nan", "NaN", "-nan", "+NAN", " inf "]:
    print(repr(s), float(s))
for bad in ["infinit", "nana", "in f", "-", "1e", "e5", "1.2.3", "0x10", "1,5", "__1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(max(1.0, nan), max(nan, 1.0), min(inf, nan), sorted([3.0, 1.0, 2.0]))
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0), hash(1.5), hash(1e100), hash(0.1))
print(int(1e300) == 10 ** 300, int(1e300) - 10 ** 300)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2 ** 0.5 * 2 ** 0.5)
print(divmod(inf, 1.0), divmod(5.0, inf), divmod(-5.0, inf), inf % 2.0)
print(abs(-inf), abs(nan), -(-inf))
