# Cart submodule: relative imports of a sibling and of a subpackage's module.
print('shop.cart running as', __name__)
from .pricing import price_of
from .util.fmt import money
from . import pricing as p

def total(items):
    return money(sum(price_of(i) for i in items))

def same_module():
    return p.price_of is price_of
