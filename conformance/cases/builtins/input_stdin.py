# input() reading lines from stdin (prompt goes to stdout), sys.stdin iteration, and EOFError at the end.
name = input('name? ')
print(f'hello {name!r}')
age = int(input())
print('next year', age + 1)
line = input('> ')
print(repr(line))
import sys
rest = sys.stdin.readline()
print('readline kept newline:', repr(rest))
for extra in sys.stdin:
    print('iterated', repr(extra))
try:
    input('more? ')
except EOFError as e:
    print('EOFError:', e)
input('final prompt: ')
