# Circular imports: a module sees its partner partially initialised; "from x import name" of a missing name fails.
import os
import circ.a
print(circ.a.from_b(), circ.b.from_a())
print('a' in dir(circ), 'b' in dir(circ))
try:
    import circ.c
except ImportError as e:
    msg = str(e).replace(os.path.dirname(os.path.abspath(__file__)), '<dir>')
    print('ImportError:', msg)
    print('name:', e.name)
import sys
print('circ.c' in sys.modules, 'circ.d' in sys.modules)
