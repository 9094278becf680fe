# Uncaught exceptions with an empty message, a message with newlines, and a __str__ that fails.
class Empty(Exception):
    pass

class Broken(Exception):
    def __str__(self):
        raise RuntimeError('no str for you')

def fail(kind):
    if kind == 'empty':
        raise Empty()
    if kind == 'multi':
        raise ValueError('line one\nline two')
    raise Broken('hidden')

for kind in ('empty', 'multi'):
    try:
        fail(kind)
    except Exception as e:
        print(kind, repr(str(e)))
fail('broken')
