# strs mixing lone high and low surrogates, U+FDD0, astral and ASCII characters, made in many ways and
# put through the sequence and search operations; every result is compared by its code points
ALPHABET = ["\ud83d", "\ude00", "\ud800", "\udfff", "\ufdd0", "\U0001F600", "a", "-"]
state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n


def make():
    parts = [ALPHABET[rand(len(ALPHABET))] for _ in range(rand(7))]
    how = rand(4)
    if how == 0:
        return "".join(parts)
    if how == 1:
        s = ""
        for p in parts:
            s += p
        return s
    if how == 2:
        return "".join(f"{p}" for p in parts)
    return "%s" * len(parts) % tuple(parts)


def cps(s):
    return [ord(c) for c in s]


lines = []
for trial in range(300):
    s, t = make(), make()
    i, j = rand(8) - 2, rand(8) - 2
    results = [len(s), cps(s), cps(s[i:j]), cps(s[::2]), cps(s[::-1]), cps(s + t), cps(t * 2), s == t, s < t,
               hash(s) == hash("".join(list(s))), s.find(t), s.rfind(t), s.count(t), t in s,
               s.startswith(t), s.endswith(t), cps(s.replace(t, "x") if t else s), cps(s.strip("\ude00\ud83d")),
               [cps(p) for p in (s.split(t) if t else s.split())], [cps(p) for p in s.partition(t or "a")],
               cps(s.upper()), cps(s.center(9, "\ud83d")), cps(t.join([s, s])), cps(s.removeprefix(t)),
               cps(s.removesuffix(t)), s.encode("utf-16-le", "surrogatepass").hex(), cps(repr(s)), cps(ascii(s))]
    lines.append(repr(results))
    if trial < 3:
        print(lines[-1])
checksum = 0
for line in lines:
    for c in line:
        checksum = (checksum * 31 + ord(c)) % 1000000007
print(len(lines), checksum)
