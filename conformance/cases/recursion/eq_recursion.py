# Recursion through comparisons: recursive containers compare by identity first; distinct ones raise RecursionError.
a = []
a.append(a)
print(a == a, a in a)
b = []
b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print('RecursionError:', e)

class Always:
    def __eq__(self, other):
        return self == other
try:
    Always() == 1
except RecursionError as e:
    print('RecursionError:', e)

class Deep:
    def __lt__(self, other):
        return other > self
    def __gt__(self, other):
        return other < self
try:
    Deep() < Deep()
except RecursionError as e:
    print('RecursionError:', e)

class H:
    def __hash__(self):
        return hash(self)
try:
    {H()}
except RecursionError as e:
    print('RecursionError:', e)
x = [1, 2]
y = [1, 2]
print(x == y, [x] == [y], {'k': x} == {'k': y})
