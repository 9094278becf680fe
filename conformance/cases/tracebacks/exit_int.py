# sys.exit with an int: output so far is flushed, finally blocks run, and the exit code is the int.
import sys

def main():
    print('working')
    try:
        sys.exit(3)
    finally:
        print('cleanup in finally')

try:
    main()
except SystemExit as e:
    print('saw SystemExit', e.code, repr(e))
    raise
