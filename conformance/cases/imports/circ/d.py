# circ.d: "from .c import C_NAME" fails because circ.c is only partially initialised.
from .c import C_NAME
D_NAME = 'd'
