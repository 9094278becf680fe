# textwrap: wrap/fill line breaks (hyphens, em-dashes, long words), indents, whitespace options,
# fix_sentence_endings, max_lines/placeholder truncation, shorten, and the ValueErrors.
import textwrap
from textwrap import TextWrapper, fill, shorten, wrap

s = ("Hello there -- you goof-ball, use the -b option! The quick brown fox jumps over the lazy "
     "dog. Supercalifragilisticexpialidocious words-with-many-hyphens are well-known. e-mail x--y")
for w in (1, 5, 8, 12, 20, 33, 70):
    print(w, wrap(s, w))
print(wrap(s, 12, break_on_hyphens=False))
print(wrap(s, 10, break_long_words=False))
print(fill(s, 30, initial_indent='* ', subsequent_indent='  '))
print(wrap("  leading and trailing   \t tabs\there\nnew line  ", 10))
print(wrap("  leading and trailing   \t tabs\there\nnew line  ", 10, drop_whitespace=False))
print(wrap("a\tb\tc", 20, expand_tabs=False, replace_whitespace=False), wrap("a\tb\tc", 20, tabsize=4))
print(wrap("This is a sentence. And another one! Is it? Yes.", 30, fix_sentence_endings=True))
print(fill(s, 25, max_lines=3))
print(fill(s, 25, max_lines=2, placeholder='...'))
print(shorten("Hello  world!", width=12), '|', shorten("Hello  world!", width=11), '|', shorten(s, 40))
print(shorten(s, 40, placeholder='~~'))
t = TextWrapper(width=15, initial_indent='>>', max_lines=2)
print(t.wrap("A line of text that goes on and on and on"), t.width, t.placeholder)
print(wrap("", 10), wrap("   ", 10), fill("one", 10), wrap("verylongwordwithoutbreaks-and-hyphens", 10))
print(wrap("--------------------", 5), wrap("-a-b-c-d-e-f-g-h", 4), wrap("1-2-3-4 ab-cd 12-ab ab-12", 6))
print(wrap("über straße naïve café résumé coöperate", 8))
for f in [lambda: wrap("x", 0), lambda: wrap("abc def", 4, max_lines=1, placeholder=' [.....]'),
          lambda: shorten("abc", -1)]:
    try: f()
    except ValueError as e: print('ValueError', e)
