"""A module docstring becomes __doc__."""

x = 1
