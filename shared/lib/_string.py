"""string helper module: the format-string scanners string.Formatter uses, as CPython's C `_string`
gives them. formatter_parser follows MarkupIterator_next and parse_field of
Objects/stringlib/unicode_format.h, so its pieces and its ValueErrors are str.format's own."""

__all__ = ['formatter_field_name_split', 'formatter_parser']

_SSIZE_MAX = (1 << 63) - 1


def _get_integer(s):
    """get_integer: the value of an all-decimal-digit str, or -1; overflow is checked digit by digit."""
    if not s:
        return -1
    value = 0
    for ch in s:
        if not ch.isdecimal():
            return -1
        digit = int(ch)
        if value > (_SSIZE_MAX - digit) // 10:
            raise ValueError('Too many decimal digits in format string')
        value = value * 10 + digit
    return value


def _parse_field(s, pos, end):
    """parse_field from pos (after the '{'): (field_name, format_spec, conversion, position after the field)."""
    name_start = pos
    c = ''
    while pos < end:
        c = s[pos]
        pos += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while pos < end and s[pos] != ']':
                pos += 1
            continue
        if c in '}:!':
            break
    field_name = s[name_start:pos - 1]
    conversion = None
    if c == '!' or c == ':':
        if c == '!':
            if pos >= end:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = s[pos]
            pos += 1
            if pos < end:
                c = s[pos]
                pos += 1
                if c == '}':
                    return field_name, '', conversion, pos
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = pos
        depth = 1
        while pos < end:
            c = s[pos]
            pos += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    return field_name, s[spec_start:pos - 1], conversion, pos
        raise ValueError("unmatched '{' in format spec")
    if c != '}':
        raise ValueError("expected '}' before end of string")
    return field_name, '', conversion, pos


def formatter_parser(format_string):
    """Yields (literal_text, field_name, format_spec, conversion) for each piece of format_string;
    the last three are None for a piece with no field ('{{' and '}}' end a literal piece)."""
    if not isinstance(format_string, str):
        raise TypeError(f'expected str, got {type(format_string).__name__}')
    return _parse_pieces(format_string)


def _parse_pieces(s):
    pos, end = 0, len(s)
    while pos < end:
        start = pos
        c = ''
        markup = False
        while pos < end:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = pos >= end
        length = pos - start
        if c == '}' and markup and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup:
            raise ValueError("Single '{' encountered in format string")
        if not at_end and markup:
            if s[pos] == c:
                pos += 1  # an escaped brace: literal text only
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield literal, None, None, None
            continue
        field_name, spec, conversion, pos = _parse_field(s, pos, end)
        yield literal, field_name, spec, conversion


def formatter_field_name_split(field_name):
    """(first, rest): the leading name (an int when all digits) and an iterator of (is_attribute, key)."""
    if not isinstance(field_name, str):
        raise TypeError(f'expected str, got {type(field_name).__name__}')
    i = 0
    while i < len(field_name) and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    index = _get_integer(first)
    return (first if index == -1 else index), _field_steps(field_name, i)


def _field_steps(s, pos):
    end = len(s)
    while pos < end:
        c = s[pos]
        pos += 1
        start = pos
        if c == '.':
            while pos < end and s[pos] not in '.[':
                pos += 1
            key = s[start:pos]
            is_attribute = True
        elif c == '[':
            while pos < end and s[pos] != ']':
                pos += 1
            if pos >= end:
                raise ValueError("Missing ']' in format string")
            key = s[start:pos]
            pos += 1
            is_attribute = False
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not key:
            raise ValueError('Empty attribute in format string')
        if not is_attribute:
            index = _get_integer(key)
            if index != -1:
                key = index
        yield is_attribute, key
