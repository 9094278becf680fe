# A package loaded by path: its __path__ comes from the spec, so its submodules import relatively.
from . import part
print('bundle body runs as', __name__, '| part is', part.__name__)
