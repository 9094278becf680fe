# Recursion through __repr__ and __str__: self-referencing containers print "..."; a recursive __repr__ raises RecursionError.
a = [1]
a.append(a)
print(a, repr(a))
d = {'k': 1}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)

class Loop:
    def __repr__(self):
        return f'Loop({self!r})'
try:
    repr(Loop())
except RecursionError as e:
    print('RecursionError:', e)

class StrLoop:
    def __str__(self):
        return 'S' + str(self)
try:
    print(StrLoop())
except RecursionError as e:
    print('RecursionError:', e)

class Pair:
    def __init__(self):
        self.other = None
    def __repr__(self):
        return f'Pair(other={self.other!r})'
p, q = Pair(), Pair()
p.other, q.other = q, p
try:
    print([p])
except RecursionError as e:
    print('RecursionError:', e)
print('still running', [1, [2, [3]]])
