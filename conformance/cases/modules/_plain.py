# Helper module with a docstring, a counter and a function that reads its own globals.
"""Plain helper module."""
calls = 0
def bump():
    global calls
    calls += 1
    return calls
