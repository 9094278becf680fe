# User-defined exceptions: args, str/repr with 0, 1 and many args, extra attributes, __str__ overrides, OSError fields.
class AppError(Exception):
    pass
class CodeError(AppError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f'[{self.code}] {self.args[1]}'

for e in (AppError(), AppError('one'), AppError('a', 2), AppError(None), AppError(('t',)), CodeError(404, 'missing')):
    print(repr(e), '|', str(e), '|', e.args)

try:
    raise CodeError(500, 'boom')
except AppError as e:
    print(type(e).__name__, e.code, e)

try:
    raise AppError
except AppError as e:
    print('class raised:', repr(e))

class NoInit(Exception):
    def __init__(self):
        pass
print(repr(NoInit()), NoInit().args)

e = KeyError('k')
print(str(e), repr(e), str(KeyError('a', 'b')), str(KeyError()))
print(str(OSError(2, 'No such file')), OSError(2, 'No such file').errno, OSError(2, 'x').strerror)
print(type(OSError(2, 'x')).__name__, type(OSError(13, 'x')).__name__, type(OSError(17, 'x')).__name__)
fe = FileNotFoundError(2, 'Not found', 'data.txt')
print(str(fe), fe.filename)
print(str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')))
print(SystemExit(3).code, SystemExit().code, SystemExit('a', 'b').code)
print(StopIteration(7).value, StopIteration().value)
si = SyntaxError('msg', ('f.py', 3, 4, 'x = (', 3, 5))
print(si.msg, si.lineno, si.offset, si.text, si.end_lineno, str(si))
e = ValueError('x')
e.args = ('changed', 1)
print(e, e.args)
try:
    raise 5
except TypeError as t:
    print('TypeError:', t)
try:
    raise int
except TypeError as t:
    print('TypeError:', t)
try:
    try:
        pass
    except 5:
        pass
    raise ValueError
except ValueError:
    print('invalid except clause is never evaluated without an exception')
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as t:
    print('TypeError:', t)
