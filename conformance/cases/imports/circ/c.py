# circ.c imports a name from circ.d, which imports a name from circ.c before it exists.
from .d import D_NAME
C_NAME = 'c'
