# __traceback__: tb_lineno/tb_next chains, frame names, with_traceback and traceback.extract_tb without paths.
import traceback

def inner():
    raise ValueError('deep')
def middle():
    inner()
def outer():
    middle()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.line)

e = ValueError('fresh')
print(e.__traceback__)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__.tb_lineno, caught is e)

def capture():
    try:
        1 / 0
    except ZeroDivisionError as z:
        return z
z = capture()
print(type(z.__traceback__).__name__, z.__traceback__.tb_frame.f_code.co_name)
other = KeyError('moved').with_traceback(z.__traceback__)
print(other.__traceback__ is z.__traceback__)
try:
    raise other
except KeyError as k:
    names = [f.name for f in traceback.extract_tb(k.__traceback__)]
    print(names)
try:
    ValueError().with_traceback(5)
except TypeError as t:
    print('TypeError:', t)
try:
    e.__traceback__ = 'x'
except TypeError as t:
    print('TypeError:', t)
print(traceback.format_exception_only(ValueError, ValueError('only')))
