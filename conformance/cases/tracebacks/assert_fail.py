# Failing assert statements: AssertionError with and without a message, uncaught at the end.
def check(values):
    assert isinstance(values, list), f'expected list, got {type(values).__name__}'
    assert values, 'empty list'
    return sum(values)

print(check([1, 2]))
for arg in ((1,), []):
    try:
        check(arg)
    except AssertionError as e:
        print('AssertionError:', e)
try:
    assert 1 > 2
except AssertionError as e:
    print('bare assert', repr(e), e.args)
x = 5
assert x < 3
