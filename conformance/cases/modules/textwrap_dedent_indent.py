# textwrap: dedent (common margin, blank lines normalised, tabs vs spaces) and indent (default
# predicate skips blank lines, custom predicate), as programs use them on triple-quoted text.
from textwrap import dedent, indent

doc = """
    def f():
        return 1
      \t
    x = 2
"""
print(repr(dedent(doc)))
print(repr(dedent("  a\n\tb\n")), repr(dedent("    a\n  b\n      c")), repr(dedent("\t\ta\n\t b")))
print(repr(dedent("no margin\n  here")), repr(dedent("")), repr(dedent("   \n   x\n")))
print(dedent('''\
    Usage: prog [options]

      -h   help
    '''))
print(repr(indent("a\n\nb\n  \nc", '> ')), repr(indent("a\nb", '+', lambda line: True)))
print(indent(dedent("""
    first
      second
    """), '    | '))
print(repr(indent("x\r\ny\rz", '-')))
