# Helper imported by main_module_identity: what an imported module sees of __main__ and __builtins__.
import __main__
print('_sees_main: __main__ is', __main__.__name__, '| __builtins__ is a', type(__builtins__).__name__)
print('_sees_main: main defined MARKER already:', hasattr(__main__, 'MARKER'))
