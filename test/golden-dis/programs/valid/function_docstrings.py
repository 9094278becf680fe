def documented():
    """Returns nothing, documented."""


def not_a_docstring():
    x = 1
    "this string is just an expression"
    return x


class Documented:
    """Class docstrings are stored as __doc__ in the class body."""

    def method(self):
        """Method docstring."""
        return self
