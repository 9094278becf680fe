# Removes its own sys.modules entry while it is being imported.
import sys
print('swapper.deletes_self: running')
del sys.modules[__name__]
