# A SyntaxError raised by compile() at run time prints its file, line, source line and caret, uncaught.
src = 'x = 1\ny = (x +\nprint(y)\n'
try:
    compile('a b', '<snippet>', 'exec')
except SyntaxError as e:
    print('caught:', e.msg, e.lineno, e.offset, repr(e.text), e.filename)
try:
    compile('for x in range(3):\nprint(x)\n', 'loop.py', 'exec')
except IndentationError as e:
    print('caught:', type(e).__name__, e)
compile('value = 3 +* 4', 'calc.py', 'exec')
