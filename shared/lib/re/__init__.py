"""Regular expressions, as Python's re module (3.11).

Patterns are parsed with Python's syntax and errors and run as JavaScript regular expressions
(the regex kernel, shared/kernels/regex); Pattern and Match are the native types of the
engine's _pyw_re module. What is not supported, or differs from CPython:

- conditional groups (?(1)yes|no) raise NotImplementedError;
- a backreference to a group that did not take part matches the empty string (CPython fails);
- a group inside a repeat is reset when a later iteration does not reach it (CPython keeps
  the last capture that happened), and an iteration that matches empty past the repeat's
  minimum is backtracked into rather than ending the loop;
- inside a scoped (?i:...) group, backreferences still compare case-sensitively;
- case-insensitive matching follows JavaScript's simple case folding (CPython's differs for a
  few characters such as U+0130);
- LOCALE (bytes patterns only) behaves as the C locale (ASCII).
Positions are code points, as in CPython (str subjects with astral characters are mapped).
"""

import enum
import _pyw_re
from _pyw_re import Pattern, Match

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        super().__init__(msg)


_pyw_re.set_error(error)


@enum.global_enum
class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex


# --- module-level functions ------------------------------------------------------------------

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def _warn(message, category, stacklevel):
    # The warnings module may be missing from an engine's library: then nothing is shown.
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, category, stacklevel=stacklevel + 1)


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    _warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning, 0)
    return _compile(pattern, flags | 1)


# The characters escape() puts a backslash before: ASCII punctuation with a meaning in
# patterns (or in verbose ones), and the ASCII whitespace characters.
_ESCAPED = {c: '\\' + chr(c) for c in map(ord, '()[]{}?*+-|^$\\.&~# \t\n\r\v\f')}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_ESCAPED)
    text = str(pattern, 'latin1')
    return text.translate(_ESCAPED).encode('latin1')


# --- the cache -------------------------------------------------------------------------------

_cache = {}  # (type, pattern, flags) -> Pattern, least recently compiled first
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & T:
        _warn("The re.TEMPLATE/re.T flag is deprecated "
              "as it is an undocumented flag "
              "without an obvious purpose. "
              "Don't use it.",
              DeprecationWarning, 0)
    p = _pyw_re.compile(pattern, flags)
    for message in _pyw_re.warnings(p):
        _warn(message, FutureWarning, 3)
    if flags & DEBUG:
        return p
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def _compile_template(pattern, repl):
    return _pyw_re.template(pattern, repl)


def _expand(pattern, match, template):
    return match.expand(template)


def _pickle(p):
    return _compile, (p.pattern, p.flags)


import copyreg
copyreg.pickle(Pattern, _pickle, _compile)


class Scanner:
    """A simple lexer (undocumented, as in CPython): `lexicon` is a list of (pattern, action)
    pairs; scan() matches them in turn at the current position, calls callable actions with the
    scanner and the matched text, and collects the results that are not None."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        # One pattern with a capturing group around each phrase; _groups holds those groups'
        # numbers (phrases may have groups of their own).
        parts = []
        self._groups = []
        number = 1
        for phrase, action in lexicon:
            self._groups.append(number)
            parts.append('(' + phrase + ')')
            number += 1 + _compile(phrase, flags).groups
        self.scanner = _compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            for index, group in enumerate(self._groups):
                if m.start(group) >= 0:
                    break
            action = self.lexicon[index][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
