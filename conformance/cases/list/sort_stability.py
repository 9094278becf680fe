# list.sort and sorted: stability with keys, reverse keeps equal items in order, key functions, in-place vs copy
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1, 3]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, reverse=True))
data = [3, 1, 2]
result = data.sort()
print(result, data)
data.sort(reverse=True)
print(data)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
pairs.sort(key=lambda p: p[0])
print(pairs)
floats = [2.5, float("inf"), -0.0, 0.0, 1, True, -float("inf")]
print(sorted(floats))
print(sorted("hello world"), sorted({3: "a", 1: "b"}), sorted((3, 1, 2)), sorted([]), sorted([[2, 1], [1, 2], [1]]))
big = list(range(100, 0, -7)) + list(range(0, 100, 9))
big.sort()
print(big)
mixed_stable = sorted(range(20), key=lambda n: n % 3)
print(mixed_stable)
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key), calls)
print(sorted([1, 2, 3], key=None), sorted(["b", "a"], reverse=False))
