# circ.b imports circ.a (partially initialised at that point) and reads its attributes only later.
print('circ.b: start')
from . import a
B_VALUE = 'b-value'
def from_a():
    return a.A_VALUE
print('circ.b: a has A_VALUE yet?', hasattr(a, 'A_VALUE'))
print('circ.b: end')
