# Calling a missing function on an imported module is an uncaught AttributeError naming the module.
import _plain
print(_plain.bump())
_plain.reset()
