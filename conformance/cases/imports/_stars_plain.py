# Helper for star imports without __all__: every public name, no underscore names.
import math as _math_alias
import math
public_value = 1
_private_value = 2
def public_func():
    return 'public'
