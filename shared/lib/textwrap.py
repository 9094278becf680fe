"""Text wrapping and filling (a pure-Python version of CPython's textwrap).

TextWrapper splits a paragraph into chunks (words, whitespace runs, hyphenated word parts and
em-dashes) and fills lines greedily, with CPython's rules for long words, dropped whitespace and
max_lines truncation; wrap, fill, shorten, dedent and indent are the module-level helpers.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace textwrap knows about: ASCII only, as in CPython (string.whitespace would
# also treat \v and \f, which are here too).
_whitespace = '\t\n\x0b\x0c\r '


def _chunk_pattern():
    ws = '[' + re.escape(_whitespace) + ']'
    not_ws = '[^' + re.escape(_whitespace) + ']'
    punct = r"""[\w!"'&.,?]"""
    letter = r'[^\d\W]'
    # A chunk is a whitespace run; an em-dash (two or more hyphens) between words; or the
    # shortest run of non-space characters ending at a hyphen inside a word (the hyphen kept
    # with the first part), at the end of a word, or before an em-dash.
    return re.compile(
        '('
        + ws + '+'
        + '|(?<=' + punct + r')-{2,}(?=\w)'
        + '|' + not_ws + '+?(?:'
        + '-(?:(?<=' + letter + '{2}-)|(?<=' + letter + '-' + letter + '-))'
        + '(?=' + letter + '-?' + letter + ')'
        + '|(?=' + ws + r'|\Z)'
        + '|(?<=' + punct + r')(?=-{2,}\w)'
        + '))')


class TextWrapper:
    """Wraps and fills paragraphs of text.

    Options (attributes of the same names): width, initial_indent, subsequent_indent,
    expand_tabs, replace_whitespace, fix_sentence_endings, break_long_words, drop_whitespace,
    break_on_hyphens, tabsize, max_lines and placeholder.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    wordsep_re = _chunk_pattern()
    wordsep_simple_re = re.compile('([' + re.escape(_whitespace) + ']+)')
    sentence_end_re = re.compile(r'[a-z][.!?]["\']?\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- splitting ------------------------------------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """The indivisible chunks of text (words, hyphenated parts, whitespace runs)."""
        pattern = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        return [c for c in pattern.split(text) if c]

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence's end two spaces, in place."""
        ends_sentence = self.sentence_end_re.search
        i = 0
        last = len(chunks) - 1
        while i < last:
            if chunks[i + 1] == " " and ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- filling --------------------------------------------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Place (part of) a chunk too long for any line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cut = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer to cut after the last hyphen that fits, unless only hyphens precede it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Fill lines of at most self.width columns with the chunks (greedily)."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        lines = []
        pending = chunks[::-1]          # the next chunk is at the end
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            line = []
            length = 0

            # Whitespace at the start of a line other than the first goes.
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()

            while pending and length + len(pending[-1]) <= width:
                chunk = pending.pop()
                line.append(chunk)
                length += len(chunk)

            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, length, width)
                length = sum(len(c) for c in line)

            if self.drop_whitespace and line and not line[-1].strip():
                length -= len(line[-1])
                line.pop()

            if not line:
                continue

            rest_is_blank = not pending or (self.drop_whitespace and len(pending) == 1
                                            and not pending[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and length <= width)):
                lines.append(indent + ''.join(line))
                continue

            # The last line allowed: end it with the placeholder, dropping chunks until it fits.
            while line:
                if line[-1].strip() and length + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    break
                length -= len(line[-1])
                line.pop()
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    # -- public interface -----------------------------------------------------------------

    def wrap(self, text):
        """Wrap the paragraph text into a list of lines of at most self.width columns."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap the paragraph text and join its lines with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and truncate it to fit in width columns."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


_blank_line_re = re.compile('^[ \t]+$', re.MULTILINE)
_line_indent_re = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)


def dedent(text):
    """Remove the leading whitespace common to every line of text.

    Lines of only spaces and tabs are normalised to empty lines; tabs and spaces are not
    considered equal."""
    text = _blank_line_re.sub('', text)
    margin = None
    for ind in _line_indent_re.findall(text):
        if margin is None or margin.startswith(ind):
            margin = ind
        elif not ind.startswith(margin):
            n = 0
            for a, b in zip(margin, ind):
                if a != b:
                    break
                n += 1
            margin = margin[:n]
    if margin:
        text = re.sub('(?m)^' + margin, '', text)
    return text


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text selected by predicate (default: lines that are not
    blank)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
