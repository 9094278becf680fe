# loop.second runs while loop.first is still being imported, and while it is itself partially initialised.
import loop
import loop.second as me
try:
    loop.first
except AttributeError as e:
    print('loop.first:', e, '| name:', e.name)
print('getattr default:', getattr(loop, 'first', 'missing'), '| hasattr:', hasattr(loop, 'first'))
from loop import first
print('from loop import first:', first.__name__, hasattr(first, 'FIRST'))
try:
    me.SECOND
except AttributeError as e:
    print('me.SECOND:', e)
print('getattr on self:', getattr(me, 'SECOND', 'not yet'))
SECOND = 'second'
