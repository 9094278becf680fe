# circ.a imports circ.b at the top, before defining its own names.
print('circ.a: start')
from . import b
A_VALUE = 'a-value'
def from_b():
    return b.B_VALUE
print('circ.a: end')
