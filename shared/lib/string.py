"""String constants, capwords, Formatter and Template (a pure-Python subset of CPython's string)."""

import _string

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(ch):
    return ch == '_' or ('a' <= ch.lower() <= 'z')


def _is_ident_char(ch):
    return _is_ident_start(ch) or '0' <= ch <= '9'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and t[k] == '{':
                end = k + 1
                while end < n and _is_ident_char(t[end]):
                    end += 1
                name = t[k + 1:end]
                if name and _is_ident_start(name[0]) and end < n and t[end] == '}':
                    out.append(self._lookup(mapping, name, t[j:end + 1], safe))
                    i = end + 1
                    continue
                self._invalid(j, safe)
                out.append(d)
                i = k
                continue
            end = k
            if end < n and _is_ident_start(t[end]) and t[end].isascii():
                while end < n and _is_ident_char(t[end]) and t[end].isascii():
                    end += 1
                out.append(self._lookup(mapping, t[k:end], t[j:end], safe))
                i = end
                continue
            self._invalid(j, safe)
            out.append(d)
            i = k
        return ''.join(out)

    def _lookup(self, mapping, name, text, safe):
        if safe:
            try:
                return str(mapping[name])
            except KeyError:
                return text
        return str(mapping[name])

    def _invalid(self, i, safe):
        if safe:
            return
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._scan(mapping, True)

    def get_identifiers(self):
        ids = []

        class _Collect(dict):
            def __missing__(self, key):
                if key not in ids:
                    ids.append(key)
                return ''
        self._scan(_Collect(), True)
        return ids

    def is_valid(self):
        try:
            self._scan({}, True)
        except ValueError:
            return False
        return True


class _ChainMap:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    """str.format's machinery with hooks to override: parse, get_field, get_value, convert_field,
    format_field and check_unused_args, as CPython's string.Formatter."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        # auto_arg_index: the next automatic number, or False once a field was numbered by hand.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                # CPython's message here is the same one, whichever way the switch goes.
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
