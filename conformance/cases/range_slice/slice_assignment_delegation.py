# extended slices through __getitem__/__setitem__/__delitem__ on a user class and on lists with slice objects
class Recorder:
    def __init__(self):
        self.data = list(range(10))
    def __getitem__(self, key):
        print("get", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
r = Recorder()
print(r[2:5], r[::3], r[-1])
r[1:3] = ["a", "b", "c"]
r[::4] = [0, 0, 0]
del r[::2]
print(r.data)
del r[-2:]
print(r.data)
lst = list("abcdefgh")
lst[slice(1, 7, 2)] = "XYZ"
print(lst)
del lst[slice(None, None, 3)]
print(lst)
print(lst[slice(-2, None)], lst[slice(None, None, -2)])
sl = slice(1, 3)
lst[sl] = []
print(lst, sl.indices(len(lst)))
class Seq:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.indices(len(self)))
        if i >= 5:
            raise IndexError("Seq index out of range")
        return i * 10
s = Seq()
print(s[1:], s[::-1], list(s), s[2], 20 in s, list(reversed(s)))
