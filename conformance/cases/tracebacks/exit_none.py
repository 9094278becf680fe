# sys.exit(None), exit via SystemExit(0) caught, then raise SystemExit with no args: status 0 and no stderr.
import sys
try:
    sys.exit(0)
except SystemExit as e:
    print('caught', e.code)
try:
    raise SystemExit
except SystemExit as e:
    print('caught bare', e.code)
try:
    sys.exit()
except BaseException as e:
    print('caught', type(e).__name__, e.code, isinstance(e, Exception))
print('exiting now')
sys.exit(None)
print('not reached')
