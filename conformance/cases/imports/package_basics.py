# Importing a package: __init__ order, submodules as attributes, relative imports, __name__/__package__/__file__.
import os
import shop
print(shop.VERSION, shop.price_of('apple'), shop.cart.total(['apple', 'pear']))
print(shop.__name__, shop.__package__, os.path.basename(shop.__file__), hasattr(shop, '__path__'))
print(shop.cart.__name__, shop.cart.__package__, os.path.basename(shop.cart.__file__))
import shop.util.fmt
print(shop.util.fmt.__name__, shop.util.fmt.__package__, shop.util.__package__)
print(shop.cart.same_module(), shop.pricing is shop.cart.p)
from shop import cart as c2
print(c2 is shop.cart)
from shop.pricing import PRICES
print(PRICES)
import shop.pricing as sp
print(sp.price_of('pear'))
print(__name__, __package__, os.path.basename(__file__), __spec__)
import sys
print(sorted(m for m in sys.modules if m.startswith('shop')))
print([os.path.basename(p) for p in shop.__path__])
