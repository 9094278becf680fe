# f-string errors found at compile time: messages, the empty-field variants ("expression required
# before '!'"), and where compile() locates them when the source has no trailing newline (the
# ENDMARKER has no column: the tokenizer's cursor, end offset -1) or has one.
sources = [
    "f'{}'", "f'{ }'", "f'{!r}'", "f'{ !r}'", "f'{:x}'", "f'{=}'", "f'{ =}'", "f'{=!r}'",
    "f'{x:{!r}}'", "f'{x:{:}}'", "f'{}:'", "f'{x!}'", "f'{x!z}'", "f'{x!r=}'", "f'{x!r'",
    "f'{'", "f'}'", "f'{x:}}'", "f'{x)}'", "f'{(x}'", "f'{#}'", "f'{x:{y:{w}}}}'",
]
for src in sources:
    for text, mode in [(src, 'eval'), (src + '\n', 'eval'), ('y = ' + src, 'exec'), ('(' + src + ', 1)', 'eval')]:
        try:
            compile(text, '<case>', mode)
            print(repr(text), 'compiled')
        except SyntaxError as e:
            print(repr(text), mode, '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
# An uncaught one, through the traceback printer.
x = 1
eval("f'{x!r}' + f'{ :>3}'")
