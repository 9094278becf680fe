"""JSON encoder (pure Python)."""

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def py_encode_basestring_ascii(s):
    return _quote(s, True)


def py_encode_basestring(s):
    return _quote(s, False)


def _quote(s, ensure_ascii):
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        n = ord(ch)
        if n < 0x20 or (ensure_ascii and n > 0x7e):
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u{:04x}\\u{:04x}'.format(0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u{:04x}'.format(n))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


# The engine's native loops when it has them, as CPython uses its C _json.
try:
    from _pyw_json import encode_basestring_ascii as c_encode_basestring_ascii
    from _pyw_json import encode_basestring as c_encode_basestring
    from _pyw_json import encode as c_encode
except ImportError:
    c_encode_basestring_ascii = c_encode_basestring = c_encode = None

encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii
encode_basestring = c_encode_basestring or py_encode_basestring


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        if c_encode is not None:
            return [c_encode(o, self.check_circular, self.default, self.ensure_ascii, self.indent,
                             self.key_separator, self.item_separator, self.sort_keys, self.skipkeys,
                             self.allow_nan)]
        markers = {} if self.check_circular else None
        out = []
        self._encode(o, out, markers, 0)
        return out

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == -float('inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
        return text

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self._float(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def _encode(self, o, out, markers, level):
        if isinstance(o, str):
            out.append(encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple, dict)):
            if markers is not None:
                if id(o) in markers:
                    raise ValueError('Circular reference detected')
                markers[id(o)] = o
            if isinstance(o, dict):
                self._dict(o, out, markers, level)
            else:
                self._list(o, out, markers, level)
            if markers is not None:
                del markers[id(o)]
        else:
            if markers is not None:
                if id(o) in markers:
                    raise ValueError('Circular reference detected')
                markers[id(o)] = o
            self._encode(self.default(o), out, markers, level)
            if markers is not None:
                del markers[id(o)]

    def _newline(self, level):
        return '\n' + self.indent * level

    def _list(self, o, out, markers, level):
        if not o:
            out.append('[]')
            return
        out.append('[')
        sep = self.item_separator
        if self.indent is not None:
            level += 1
            sep = sep + self._newline(level)
            out.append(self._newline(level))
        first = True
        for item in o:
            if not first:
                out.append(sep)
            first = False
            self._encode(item, out, markers, level)
        if self.indent is not None:
            out.append(self._newline(level - 1))
        out.append(']')

    def _dict(self, o, out, markers, level):
        if not o:
            out.append('{}')
            return
        out.append('{')
        sep = self.item_separator
        if self.indent is not None:
            level += 1
            sep = sep + self._newline(level)
            out.append(self._newline(level))
        items = sorted(o.items()) if self.sort_keys else o.items()
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(encode_basestring_ascii(key) if self.ensure_ascii else encode_basestring(key))
            out.append(self.key_separator)
            self._encode(value, out, markers, level)
        if self.indent is not None:
            out.append(self._newline(level - 1))
        out.append('}')
