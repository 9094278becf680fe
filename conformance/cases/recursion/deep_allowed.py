# Deep but bounded recursion: below the default limit, and far deeper after raising the limit, without overflow.
import sys
def total(n):
    return 0 if n == 0 else n + total(n - 1)
print(total(900))
sys.setrecursionlimit(12000)
print(total(10000))
def nest(n):
    return [] if n == 0 else [nest(n - 1)]
deep = nest(5000)
d = 0
while deep:
    deep = deep[0]
    d += 1
print(d)
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
head = None
for _ in range(8000):
    head = Node(head)
print(head.length())
def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    yield n
print(sum(gen_depth(2000)))
