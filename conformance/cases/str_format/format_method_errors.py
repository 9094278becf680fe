# str.format errors: numbering mixes, missing positional/keyword args, bad conversions and brace syntax
cases = [
    ("{} {1}", (1, 2), {}),
    ("{0} {}", (1, 2), {}),
    ("{} {}", (1,), {}),
    ("{5}", (1,), {}),
    ("{name}", (), {}),
    ("{0.missing}", (1,), {}),
    ("{0[5]}", ([1],), {}),
    ("{0[k]}", ({},), {}),
    ("{0[k]}", ([1],), {}),
    ("{!x}", (1,), {}),
    ("{!}", (1,), {}),
    ("{0!rr}", (1,), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{0", (1,), {}),
    ("{0:{1:{2}}}", (1, 2, 3), {}),
    ("{:d}", ("s",), {}),
    ("{:s}", (1,), {}),
    ("{0.}", (1,), {}),
    ("{0[}", (1,), {}),
    ("{:x<}", (1,), {}),
    ("{0:.}", (1.5,), {}),
]
for fmt, args, kwargs in cases:
    try:
        print(repr(fmt), repr(fmt.format(*args, **kwargs)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
template = "{user} logged in at {time}"
print(template.format(user="ann", time="09:00"))
print(template.format(user="bob"))
