# The line a SyntaxError quotes: parse errors quote the source given to compile(); errors found after
# parsing (symbol table, compiler) quote the line read back from the file the filename names, so a
# str compiled as '<s>' quotes none and one compiled under this file's name quotes this file's line
import os
here = os.path.basename(__file__)
cases = [
    ("yield", "<s>"),
    ("def f():\n    nonlocal x\n", "<s>"),
    ("return 5", "<string>"),
    ("x = (1,\n", "<s>"),
    ("1 +* 2", "<s>"),
    ("yield", here),
    ("\n\n\nbreak", here),
    ("def g():\n    global y\n    y = 1\n    global y\n", "<s>"),
    ("f(**x, *y)", "<s>"),
    ("class C:\n    nonlocal z\n", here),
]
for source, filename in cases:
    try:
        compile(source, filename, "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename == filename, e.lineno, e.offset, repr(e.text))
try:
    exec("def h():\n    nonlocal q\n")
except SyntaxError as e:
    print(repr(e.text), e.lineno)
exec(compile("try:\n    return 1\nexcept SyntaxError:\n    pass", "<x>", "exec") if False else "pass")
eval("lambda: (yield)")
try:
    eval("(yield)")
except SyntaxError as e:
    print(repr(e.msg), repr(e.text))
