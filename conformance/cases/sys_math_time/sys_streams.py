# sys.stdout/sys.stderr writes, replacing sys.stdout temporarily, and sys.__stdout__.
import sys, io
sys.stdout.write('direct write\n')
n = sys.stderr.write('to stderr\n')
print(n)
saved = sys.stdout
sys.stdout = io.StringIO()
print('captured line')
captured = sys.stdout.getvalue()
sys.stdout = saved
print('got', repr(captured))
print(sys.__stdout__ is saved, sys.__stderr__ is sys.stderr)
sys.stdout.writelines(['a', 'b\n'])
print(sys.stdout.isatty(), sys.stdout.writable(), sys.stdin.readable())
print('end', file=sys.__stdout__)
print(sys.stdin.read() == '', sys.stdin.readline() == '')
