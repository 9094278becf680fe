#!/usr/bin/env python3
"""Generate shared/kernels/unicode-names.data.ts from this Python's unicodedata.

The \\N{NAME} escape of string literals needs the Unicode name database that
CPython's `unicodedata` carries. This script takes it from the running
python3 (it must be CPython 3.11, whose database is Unicode 14.0.0) and writes
a compact, word-compressed form that shared/kernels/unicode-names.ts decodes
lazily on first use.

What goes in:
  * every code point with a name, except the names CPython computes
    algorithmically (CJK UNIFIED IDEOGRAPH-XXXX, HANGUL SYLLABLE ...); the
    ranges of unified ideographs go in as a small table instead;
  * the formal name aliases that unicodedata.lookup() accepts. Python has no
    API listing them, so candidates come from Perl's copy of the same Unicode
    version (Unicode::UCD prop_invmap("Name_Alias")) and each one is kept only
    if python3 resolves it to a single code point.

Encoding (all characters are printable ASCII other than quote and backslash,
so the data sits in plain string literals):
  * LEXICON: the distinct words of the names, most frequent first, joined by
    spaces. Word numbers 0..2 are reserved: 0 ends a name, 1 says the next
    word is joined with '-' instead of ' ', 2 stands for the code point in
    hex (as in "CJK COMPATIBILITY IDEOGRAPH-F900").
  * NAMES: one record per name in code point order: a header number
    (2 * words-shared-with-the-previous-name + 1 if the code point does not
    follow the previous one), the code point step when it does not, then the
    remaining word numbers and 0. Numbers are written base 92 with digits
    split into "last digit" and "more digits follow" halves.
  * ALIASES: the same records for aliases (sorted by code point), kept apart
    so that name() never returns an alias.

Run:  python3 scripts/generate-unicode-names.py  (rewrites the data file)
"""

import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter

ALPHABET = ''.join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in '\'\\')
BASE = len(ALPHABET)          # 92
LAST = 60                     # digits 0..59 end a number, 60..91 continue it
MORE = BASE - LAST
RESERVED = 3                  # END, HYPHEN, HEXCP

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'shared', 'kernels',
                   'unicode-names.data.ts')


def encode_number(n):
    """Most significant digits first: continuation digits, then one last digit."""
    digits = [ALPHABET[n % LAST]]
    n //= LAST
    while n > 0:
        n -= 1
        digits.append(ALPHABET[LAST + n % MORE])
        n //= MORE
    return ''.join(reversed(digits))


def is_algorithmic(name):
    return name.startswith('CJK UNIFIED IDEOGRAPH-') or name.startswith('HANGUL SYLLABLE ')


def split_name(name, cp):
    """Name -> list of (separator, word); the first separator is ''."""
    parts = re.split(r'([ -])', name)
    out = [('', parts[0])]
    for i in range(1, len(parts), 2):
        out.append((parts[i], parts[i + 1]))
    hexcp = '%04X' % cp
    return [(sep, None if (word == hexcp and sep == '-') else word) for sep, word in out]


def collect_names():
    names, ideograph_ranges = [], []
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        if name.startswith('CJK UNIFIED IDEOGRAPH-'):
            if ideograph_ranges and ideograph_ranges[-1][1] == cp - 1:
                ideograph_ranges[-1][1] = cp
            else:
                ideograph_ranges.append([cp, cp])
        if not is_algorithmic(name):
            names.append((cp, name))
    return names, ideograph_ranges


def collect_aliases():
    script = (
        'use Unicode::UCD qw(prop_invmap); my ($l, $m, $f, $d) = prop_invmap("Name_Alias");'
        'for my $i (0 .. $#$l) { my $v = $m->[$i]; next if !ref $v && $v eq $d;'
        ' for my $a (ref $v ? @$v : ($v)) { $a =~ s/: \\w+$//; printf "%X;%s\\n", $l->[$i], $a } }'
    )
    lines = subprocess.run(['perl', '-e', script], check=True, capture_output=True, text=True).stdout
    aliases = []
    for line in lines.splitlines():
        cp_hex, alias = line.split(';')
        cp = int(cp_hex, 16)
        try:
            found = unicodedata.lookup(alias)
        except KeyError:
            continue
        if len(found) == 1 and ord(found) == cp and unicodedata.name(found, None) != alias:
            aliases.append((cp, alias))
    return sorted(aliases)


def name_words(name):
    parts = re.split(r'([ -])', name)
    return [(parts[i - 1] if i else '', parts[i]) for i in range(0, len(parts), 2)]


def encode_records(entries, word_number):
    out, prev_words, prev_cp = [], [], -1
    for cp, name in entries:
        words = split_name(name, cp)
        # Compare the spelled-out words: a hex code point word differs between names.
        spelled = name_words(name)
        shared = 0
        while shared < min(len(spelled), len(prev_words)) and spelled[shared] == prev_words[shared]:
            shared += 1
        step = cp - prev_cp
        out.append(encode_number(2 * shared + (0 if step == 1 else 1)))
        if step != 1:
            out.append(encode_number(step))
        for sep, word in words[shared:]:
            if sep == '-':
                out.append(encode_number(1))
            out.append(encode_number(2 if word is None else word_number[word]))
        out.append(encode_number(0))
        prev_words, prev_cp = spelled, cp
    return ''.join(out)


def chunks(text, width=120):
    return [text[i:i + width] for i in range(0, len(text), width)]


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('run this with CPython 3.11 (its unicodedata is the reference)')
    names, ideograph_ranges = collect_names()
    aliases = collect_aliases()
    counts = Counter(word for cp, name in names + aliases
                     for _, word in split_name(name, cp) if word is not None)
    lexicon = [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    word_number = {w: i + RESERVED for i, w in enumerate(lexicon)}
    name_data = encode_records(names, word_number)
    alias_data = encode_records(aliases, word_number)
    lines = [
        '// GENERATED by scripts/generate-unicode-names.py from CPython 3.11 unicodedata',
        f'// (Unicode {unicodedata.unidata_version}). Do not edit; rerun the script.',
        '//',
        '// The Unicode character names used by \\N{...} escapes, word-compressed;',
        '// shared/kernels/unicode-names.ts explains the encoding and decodes it.',
        '',
        f'export const UNIDATA_VERSION = {unicodedata.unidata_version!r};',
        f'export const NAME_COUNT = {len(names)};',
        f'export const ALIAS_COUNT = {len(aliases)};',
        '',
        '/** Inclusive [first, last] ranges of the CJK unified ideographs. */',
        'export const UNIFIED_IDEOGRAPH_RANGES: readonly (readonly [number, number])[] = [',
        *[f'  [0x{a:X}, 0x{b:X}],' for a, b in ideograph_ranges],
        '];',
        '',
        '/** Distinct words, most frequent first, separated by spaces. */',
        'export const LEXICON =',
        *[f"  '{c}' +" for c in chunks(' '.join(lexicon))],
        "  '';",
        '',
        '/** Name records in code point order. */',
        'export const NAMES =',
        *[f"  '{c}' +" for c in chunks(name_data)],
        "  '';",
        '',
        '/** Alias records in code point order. */',
        'export const ALIASES =',
        *[f"  '{c}' +" for c in chunks(alias_data)],
        "  '';",
        '',
    ]
    with open(OUT, 'w') as f:
        f.write('\n'.join(lines))
    print(f'{len(names)} names, {len(aliases)} aliases, {len(lexicon)} words, '
          f'{os.path.getsize(OUT)} bytes -> {os.path.relpath(OUT)}')


if __name__ == '__main__':
    main()
