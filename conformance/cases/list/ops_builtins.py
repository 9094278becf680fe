# list operators and builtins: +, *, +=, *=, in, len, min/max/sum, reversed, enumerate, zip, aliasing effects
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = [0] * 3 + [1] * 2
print(c, [1, 2] * 0, [1, 2] * -1, 2 * [None], [[0] * 2] * 2)
m = [1]
m *= 3
print(m)
m *= 0
print(m)
x = [5, 3, 8]
x += range(2)
x += "ab"
print(x)
print(3 in x, "a" in x, 9 not in x, len(x), x.__len__(), x.__contains__(8))
nums = [4, -2, 7, 0]
print(min(nums), max(nums), sum(nums), sum(nums, 10), min(nums, key=abs), max(nums, key=lambda n: -n))
print(list(reversed(nums)), list(enumerate(nums, start=1)), list(zip(nums, "abcd")), any(nums), all(nums))
print(list(map(lambda n: n * 2, nums)), list(filter(None, nums)), [n for n in nums if n > 0])
print(sorted(nums) == nums, nums[::-1] == list(reversed(nums)))
for call in [lambda: [1] + (2,), lambda: [1] + "a", lambda: [1] * [2], lambda: [1] * 1.0, lambda: min([]), lambda: max([], key=abs),
             lambda: sum(["a", "b"]), lambda: [1] - [1]]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(min([], default="empty"), max([3, 1], default=0), sum([[1], [2]], []), sum([0.1] * 10))
