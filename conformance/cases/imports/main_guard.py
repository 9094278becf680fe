# __name__ == "__main__" guards, modules executing once, sys.modules caching and importlib.reload.
import sys
import _guarded
print(_guarded.work(), _guarded.__name__)
import _counted
import _counted as again
from _counted import loads
print(again is _counted, loads)
import importlib
importlib.reload(_counted)
del sys.modules['_counted']
import _counted
print(_counted is not again)

def main():
    print('main() called because __name__ is', repr(__name__))

if __name__ == '__main__':
    main()
else:
    print('not main')
