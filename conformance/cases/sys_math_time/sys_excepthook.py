# A replaced sys.excepthook receives the uncaught exception; its output replaces the traceback and the exit code is 1.
import sys

def hook(exc_type, exc, tb):
    frames = 0
    while tb is not None:
        frames += 1
        tb = tb.tb_next
    print(f'hook: {exc_type.__name__}: {exc} ({frames} frames)')
    print('stderr line from hook', file=sys.stderr)

sys.excepthook = hook
print(sys.excepthook is hook, sys.__excepthook__ is not hook)

def fail():
    raise LookupError('handled by the hook')

print('about to fail')
fail()
