# Pricing submodule: plain functions, imported relatively by the package and by cart.
print('shop.pricing running as', __name__, 'package', __package__)
PRICES = {'apple': 3, 'pear': 5}

def price_of(item):
    return PRICES[item]
