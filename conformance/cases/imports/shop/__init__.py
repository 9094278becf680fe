# The shop package: its __init__ runs once, re-exports from submodules and defines __all__.
print('shop/__init__ running as', __name__, 'package', __package__)
from .pricing import price_of
from . import cart
__all__ = ['price_of', 'cart', 'VERSION']
VERSION = '1.0'
_private = 'hidden'
