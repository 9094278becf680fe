"""Module docstring.

With several lines.
"""

def f():
    """Function docstring."""

class C:
    'Class docstring.'
    def m(self):
        r'''Raw docstring \n'''
        return 1

def g():
    "implicit" " concatenated" ' docstring'
    x = 1
    "not a docstring"
