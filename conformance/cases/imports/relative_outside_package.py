# Relative imports from the main script (no parent package) and beyond the top-level package raise ImportError.
try:
    from . import shop
except ImportError as e:
    print(type(e).__name__ + ':', e)
try:
    exec('from .. import x', {'__name__': 'shop.cart', '__package__': 'shop'})
except ImportError as e:
    print(type(e).__name__ + ':', e)
try:
    exec('from .pricing import PRICES', {'__name__': 'shop.cart', '__package__': 'shop'})
    print('relative import with __package__ set works')
except ImportError as e:
    print(type(e).__name__ + ':', e)
ns = {'__name__': 'shop.util.fmt', '__package__': 'shop.util'}
exec('from ..pricing import price_of\nresult = price_of("apple")', ns)
print(ns['result'])
from shop import cart
print(cart.total(['pear']))
import missing_module_here
