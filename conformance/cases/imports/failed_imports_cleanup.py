# Modules that fail to import, by a SyntaxError or by raising, are left out of sys.modules and off their
# package; importing them again compiles and runs them again. The last import is uncaught.
import sys
for attempt in (1, 2):
    try:
        import _broken_syntax
    except SyntaxError as e:
        print(attempt, type(e).__name__, e.msg, e.lineno, e.filename.endswith('_broken_syntax.py'))
    print('in sys.modules:', '_broken_syntax' in sys.modules)
for attempt in (1, 2):
    try:
        from _half_defined import BEFORE
    except NameError as e:
        print(attempt, 'NameError:', e, '| in sys.modules:', '_half_defined' in sys.modules)
try:
    import importlib
    importlib.import_module('_broken_syntax')
except SyntaxError as e:
    print('import_module:', type(e).__name__, e.text.strip())
sys.modules['_half_defined'] = None
try:
    import _half_defined
except ImportError as e:
    print(type(e).__name__, e, '|', e.name)
del sys.modules['_half_defined']
import _broken_syntax
