# __import__ and importlib.import_module called directly: what comes back for dotted names with and without
# a fromlist, relative levels resolved from globals (__package__, __spec__, __name__), and the errors for
# omitted or odd globals, bad levels and names.
import importlib
def attempt(label, f):
    try:
        r = f()
        print(label, '->', getattr(r, '__name__', r))
    except Exception as e:
        print(label, '->', type(e).__name__, e)
g = {'__name__': 'shop.cart', '__package__': 'shop'}
attempt('dotted, no fromlist', lambda: __import__('shop.util.fmt'))
attempt('dotted, fromlist', lambda: __import__('shop.util.fmt', fromlist=['money']))
attempt("fromlist ['']", lambda: __import__('shop.util', fromlist=['']))
attempt('level 1', lambda: __import__('pricing', g, None, ['PRICES'], 1))
attempt('level 1, dotted', lambda: __import__('util.fmt', g, None, [], 1))
attempt('level 1, empty name', lambda: __import__('', g, None, ['util'], 1))
attempt('level 2 from shop.util.fmt', lambda: __import__('', {'__package__': 'shop.util'}, None, ['cart'], 2))
attempt('level 3 beyond', lambda: __import__('x', {'__package__': 'shop.util'}, None, [], 3))
attempt('from __spec__', lambda: __import__('pricing', {'__spec__': importlib.import_module('shop.cart').__spec__}, None, [], 1))
attempt('from __name__ of a module', lambda: __import__('pricing', {'__name__': 'shop.cart'}, None, [], 1))
attempt('from __name__ of a package', lambda: __import__('fmt', {'__name__': 'shop.util', '__path__': []}, None, [], 1))
attempt('no parent', lambda: __import__('x', {'__name__': 'top'}, None, [], 1))
attempt('globals omitted', lambda: __import__('x', level=1))
attempt('globals None', lambda: __import__('x', None, None, [], 1))
attempt('globals not a dict', lambda: __import__('x', [], None, [], 1))
attempt('no __name__', lambda: __import__('x', {}, None, [], 1))
attempt('package not str', lambda: __import__('x', {'__package__': 3}, None, [], 1))
attempt('negative level', lambda: __import__('shop', level=-1))
attempt('empty name', lambda: __import__(''))
attempt('name not str', lambda: __import__(b'shop'))
attempt('fromlist item not str', lambda: __import__('shop.util', fromlist=[1]))
attempt('import_module relative', lambda: importlib.import_module('..pricing', 'shop.util'))
attempt('import_module no package', lambda: importlib.import_module('.pricing'))
attempt('import_module beyond', lambda: importlib.import_module('...x', 'shop.util'))
attempt('import_module missing child', lambda: importlib.import_module('shop.util.nothing'))
attempt('import_module child of module', lambda: importlib.import_module('shop.pricing.deeper'))
