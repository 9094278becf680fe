# An uncaught re.error for a multi-line pattern shows the line and column.
import re


def compile_rule(rule):
    try:
        return re.compile(rule, re.VERBOSE)
    except re.error as exc:
        raise ValueError("bad rule") from exc.with_traceback(None)


compile_rule("""
    (?P<word> \\w+ )
    (?P<num> [0-9 )
""")
