# print with sep, end, file and flush; printing to sys.stderr and to a StringIO; print's errors.
import sys, io
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', sep=' -> ', end=' END\n')
print(1, 2.5, None, True, [1], {'k': 'v'}, sep='|')
print()
print('no newline', end='')
print(' continued')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
buf = io.StringIO()
print('into', 'buffer', sep='_', file=buf)
print(repr(buf.getvalue()))
print('x', sep=None, end=None)
print(*range(5))
print(*'abc', sep=', ')
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError:', e)
try:
    print('x', end=[])
except TypeError as e:
    print('TypeError:', e)
print('x', file=None)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print('w1', 'w2', file=w)
print(w.parts)
try:
    print('x', file=5)
except AttributeError as e:
    print('AttributeError:', e)
sys.stdout.write('written directly\n')
print(sys.stdout.write('abc') if False else 'skip', sys.stderr.write('err line\n'))
print('unicode: é ü ☃ 𝄞')
