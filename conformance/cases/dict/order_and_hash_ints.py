# dicts keyed by colliding ints and strs: lookup, overwrite and delete stay correct and keep insertion order
d = {}
keys = [0, 8, 16, 2 ** 61 - 1, 2 ** 61, -1, -2, 1, 2 ** 64, 10 ** 20]
for k in keys:
    d[k] = hash(k)
print(d)
print([d[k] for k in keys] == [hash(k) for k in keys], len(d))
del d[8]
d[8] = "re"
print(list(d))
s = {}
for i in range(1000):
    s[i * 8] = i
for i in range(0, 1000, 2):
    del s[i * 8]
print(len(s), list(s)[:5], list(s)[-3:], s[8 * 999])
words = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    words[w] = words.get(w, 0) + 1
print(words, max(words, key=words.get), sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print({-1: "a", -2: "b"}, hash(-1), hash(-2), {2 ** 61 - 1: "x", 0: "y"})
