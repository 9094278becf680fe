"""JSON decoder (pure Python, recursive descent)."""

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'

# The engine's native string scanner when it has one, as CPython uses its C _json.
try:
    from _pyw_json import scanstring as c_scanstring, make_scanner as c_make_scanner
except ImportError:
    c_scanstring = c_make_scanner = None

_WS = ' \t\n\r'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = c_make_scanner(self, JSONDecodeError) if c_make_scanner is not None else None

    def decode(self, s):
        obj, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        if self.scan_once is not None:
            try:
                return self.scan_once(s, idx)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
        try:
            return self._value(s, idx)
        except IndexError:
            raise JSONDecodeError('Expecting value', s, idx) from None

    def _skip(self, s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise JSONDecodeError('Expecting value', s, i)
        ch = s[i]
        if ch == '"':
            return self._string(s, i + 1)
        if ch == '{':
            return self._object(s, i + 1)
        if ch == '[':
            return self._array(s, i + 1)
        if s.startswith('null', i):
            return None, i + 4
        if s.startswith('true', i):
            return True, i + 4
        if s.startswith('false', i):
            return False, i + 5
        for name in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(name, i):
                return self.parse_constant(name), i + len(name)
        return self._number(s, i)

    def _number(self, s, i):
        start = i
        n = len(s)
        if i < n and s[i] == '-':
            i += 1
        if i >= n or not s[i].isdigit():
            raise JSONDecodeError('Expecting value', s, start)
        if s[i] == '0':
            i += 1
        else:
            while i < n and s[i].isdigit():
                i += 1
        is_float = False
        if i < n and s[i] == '.' and i + 1 < n and s[i + 1].isdigit():
            is_float = True
            i += 1
            while i < n and s[i].isdigit():
                i += 1
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j].isdigit():
                is_float = True
                i = j
                while i < n and s[i].isdigit():
                    i += 1
        text = s[start:i]
        return (self.parse_float(text) if is_float else self.parse_int(text)), i

    def _string(self, s, i):
        if c_scanstring is not None:
            try:
                return c_scanstring(s, i, self.strict)
            except ValueError as e:
                raise JSONDecodeError(e.args[0], s, e.args[1]) from None
        out = []
        start = i - 1
        n = len(s)
        while True:
            if i >= n:
                raise JSONDecodeError('Unterminated string starting at', s, start)
            ch = s[i]
            if ch == '"':
                return ''.join(out), i + 1
            if ch == '\\':
                i += 1
                if i >= n:
                    raise JSONDecodeError('Unterminated string starting at', s, start)
                esc = s[i]
                if esc == 'u':
                    code = self._hex4(s, i + 1)
                    i += 5
                    if 0xd800 <= code <= 0xdbff and s.startswith('\\u', i):
                        low = self._hex4(s, i + 2)
                        if 0xdc00 <= low <= 0xdfff:
                            code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                            i += 6
                    out.append(chr(code))
                    continue
                if esc not in _BACKSLASH:
                    raise JSONDecodeError('Invalid \\escape', s, i - 1)
                out.append(_BACKSLASH[esc])
                i += 1
                continue
            if self.strict and ch < ' ':
                raise JSONDecodeError('Invalid control character at', s, i)
            out.append(ch)
            i += 1

    def _hex4(self, s, i):
        esc = s[i:i + 4]
        if len(esc) == 4 and all(c in '0123456789abcdefABCDEF' for c in esc):
            return int(esc, 16)
        raise JSONDecodeError('Invalid \\uXXXX escape', s, i - 1)

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            value, i = self._value(s, i)
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == '}':
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, i):
        values = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            value, i = self._value(s, i)
            values.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)
