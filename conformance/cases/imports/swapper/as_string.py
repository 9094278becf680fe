# Replaces itself in sys.modules with a plain string.
import sys
sys.modules[__name__] = 'a string in place of swapper.as_string'
