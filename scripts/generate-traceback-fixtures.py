#!/usr/bin/env python3
"""Writes shared/errors/traceback/traceback-fixtures.json: uncaught exceptions and how python3 prints them.

Every case is a small program (plus, for some, modules it imports). The
script writes them to a temporary directory and runs `python3 prog.py` there
with a sitecustomize module that replaces sys.excepthook: the hook records
the escaping exception as plain data, then hands it to sys.__excepthook__ (the
interpreter's C printer, PyErr_Display), so the recorded stderr and the data
come from the same run. For each exception in the chain (cause, context,
group members) it records:
- module and qualname of its type, str() of it (None when str() raises),
  its __notes__ (each note as str(), None when that raises; notesRepr when
  __notes__ is not a sequence), the NameError/AttributeError suggestion;
- its traceback frames: co_filename, tb_lineno, co_name and the position the
  location table gives the frame's last instruction (co_positions(), whose
  columns are UTF-8 byte offsets, None when absent);
- the SyntaxError fields when it is one.
The source line of every frame is stored as the C printer reads it (sourceLines).
The temporary directory's path is replaced by /fixture everywhere.

Usage: python3 scripts/generate-traceback-fixtures.py
"""
import io
import json
import os
import subprocess
import sys
import tempfile
import tokenize

OUT = os.path.join(os.path.dirname(__file__), '..', 'shared', 'errors', 'traceback', 'traceback-fixtures.json')
FIXTURE_DIR = '/fixture'

HOOK = r'''
import io, json, os, re, sys

def _frames(tb):
    out = []
    while tb is not None:
        code = tb.tb_frame.f_code
        pos = list(code.co_positions())[tb.tb_lasti // 2] if tb.tb_lasti >= 0 else (None, None, None, None)
        out.append({'filename': code.co_filename, 'lineno': tb.tb_lineno, 'name': code.co_name,
                    'startLineno': pos[0], 'endLineno': pos[1], 'colOffset': pos[2], 'endColOffset': pos[3]})
        tb = tb.tb_next
    return out

def _suggestion(e):
    # 3.11 computes "Did you mean" names in C (_Py_Offer_Suggestions), out of
    # Python's reach: print the exception alone and read the name back.
    if not isinstance(e, (NameError, AttributeError, ImportError)):
        return None
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        sys.__excepthook__(type(e), e, e.__traceback__)
        found = re.findall(r"\. Did you mean: '(.*)'\?\n", sys.stderr.getvalue())
    finally:
        sys.stderr = saved
    return found[-1] if found else None

def _dump(root):
    index = {}
    table = []
    def visit(e):
        if e is None:
            return None
        if id(e) in index:
            return index[id(e)]
        i = len(table)
        index[id(e)] = i
        rec = {}
        table.append(rec)
        t = type(e)
        module = getattr(t, '__module__', None)
        rec['module'] = module if isinstance(module, str) else None
        rec['qualname'] = t.__qualname__
        try:
            rec['message'] = str(e)
        except BaseException:
            rec['message'] = None
        if hasattr(e, '__notes__'):
            notes = e.__notes__
            if isinstance(notes, (list, tuple, str)):
                texts = []
                for n in notes:
                    try:
                        texts.append(n if isinstance(n, str) else str(n))
                    except BaseException:
                        texts.append(None)
                rec['notes'] = texts
            else:
                rec['notesRepr'] = repr(notes)
        rec['suggestion'] = _suggestion(e)
        rec['frames'] = _frames(e.__traceback__)
        if isinstance(e, SyntaxError):
            rec['syntaxError'] = {'kind': t.__name__, 'msg': str(e.msg), 'filename': e.filename,
                                  'lineno': e.lineno, 'offset': e.offset, 'text': e.text,
                                  'endLineno': e.end_lineno, 'endOffset': e.end_offset}
        rec['suppressContext'] = e.__suppress_context__
        rec['cause'] = visit(e.__cause__)
        rec['context'] = visit(e.__context__)
        if isinstance(e, BaseExceptionGroup):
            rec['children'] = [visit(c) for c in e.exceptions]
        return i
    visit(root)
    return table

def _hook(t, v, tb):
    try:
        data = {'exceptions': _dump(v), 'tracebackLimit': getattr(sys, 'tracebacklimit', None)}
        with open(os.environ['PYWB_TB_DUMP'], 'w', encoding='utf-8') as f:
            json.dump(data, f)
    except BaseException as err:
        with open(os.environ['PYWB_TB_DUMP'], 'w', encoding='utf-8') as f:
            json.dump({'hookError': repr(err)}, f)
    sys.__excepthook__(t, v, tb)

sys.excepthook = _hook
'''

# (name, prog.py source, {other file: source})
CASES = [
    # binary operations: `~` under the operands, `^` under the operator
    ('binop', 'def f(a, b):\n    return a + b * 2\n\nf(1, None)\n', {}),
    ('binop-two-char-op', 'a = 1\nb = 0\nx = a // b\n', {}),
    ('binop-no-spaces', 'a = "s"\nprint(a+1)\n', {}),
    ('binop-paren-left', 'a = "s"\nprint((a) + 1)\n', {}),
    ('binop-wide-spaces', 'a = "s"\nprint(a   -   1)\n', {}),
    ('binop-power', 'a = None\nprint(a**2)\n', {}),
    ('binop-chain', 'def f(a, b, c, d):\n    return a + b + c + d\nf(1, 2, "x", 4)\n', {}),
    ('binop-whole-line', 'a = 1\nb = "x"\na + b\n', {}),
    ('binop-unary-right', 'a = "s"\nprint(a+-a)\n', {}),
    ('binop-matmul', 'a = 1\nb = 2\nc = [a @ b]\n', {}),
    ('binop-shift', 'a = 1\nb = -1\nprint(a << b)\n', {}),
    ('binop-modulo-str', 'x = "%d" % ("a",)\n', {}),
    ('augassign', 'x = 1\nx += "a"\n', {}),
    ('augassign-indented', 'def f():\n    x = 1\n    x += "a"\nf()\n', {}),
    ('binop-paren-nospace', 'a = "s"\nprint((a)+1)\n', {}),
    ('binop-double-paren', 'a = "s"\nprint(((a)) + 1)\n', {}),
    ('binop-paren-right', 'a = "s"\nprint(a + (1))\n', {}),
    ('binop-paren-both', 'a = "s"\nprint((a)//(1))\n', {}),
    ('binop-escape-warning', 'x = "\\d" + 1\n', {}),
    ('segment-folded', 'a = "s"; b = 1\ncode = compile("\\n\\nz = a + b", __file__, "exec")\nz = 1 + 2\nexec(code)\n', {}),
    ('segment-not-folded', 'a = "s"; b = 1\ncode = compile("\\n\\nz = a + b", __file__, "exec")\nz = b + 2\nexec(code)\n', {}),
    # subscripts: `~` under the value, `^` under the slice
    ('subscript-key', 'd = {}\nprint(d["missing"])\n', {}),
    ('subscript-index', 'lst = [1, 2]\ny = lst[10]\n', {}),
    ('subscript-spaces', 'lst = [1, 2]\ny = lst[ 10 ]\n', {}),
    ('subscript-slice', 'x = None\ny = x[1:2]\n', {}),
    ('subscript-tuple', 'x = {}\ny = x[1, 2]\n', {}),
    ('subscript-call-value', 'def f():\n    return {}\n\ny = f()["k"]\n', {}),
    ('subscript-nested', 'x = [[1]]\ny = x[0][5]\n', {}),
    ('subscript-store', 'x = (1, 2)\nx[0] = 5\n', {}),
    ('subscript-del', 'x = {}\ndel x["k"]\n', {}),
    ('subscript-paren-value', 'x = None\ny = (x)[1]\n', {}),
    ('subscript-space-before', 'x = None\ny = x [1]\n', {}),
    ('subscript-paren-slice', 'x = {}\ny = x[(1)]\n', {}),
    ('subscript-trailing-space', 'lst = []\ny = lst[10 ]\n', {}),
    ('subscript-slice-spaces', 'x = None\ny = x[ 1 : 2 ]\n', {}),
    ('keyerror-tuple', 'd = {}\nd[(1, "a")]\n', {}),
    ('keyerror-empty', 'raise KeyError()\n', {}),
    # calls, attributes
    ('call-in-assign', 'def f():\n    raise ValueError("bad")\n\nx = f()\n', {}),
    ('call-whole-line', 'def f():\n    raise ValueError("bad")\n\nf()\n', {}),
    ('call-chain', 'def g(x):\n    return x()\n\ndef f():\n    return g(None) + 1\n\nf()\n', {}),
    ('call-method', 'class A:\n    def m(self, x):\n        return 1 / x\n\na = A()\nprint(a.m(0))\n', {}),
    ('call-curried', 'def f(x):\n    return None\n\ny = f(1)(2)\n', {}),
    ('attribute', 'x = None\ny = x.foo\n', {}),
    ('attribute-suggestion', 'class A:\n    foo = 1\n\nprint(A().fooo)\n', {}),
    ('name-suggestion', 'value = 1\nprint(valeu)\n', {}),
    ('name-suggestion-empty-msg', 'class E(NameError):\n    pass\n\nraise E()\n', {}),
    ('attribute-store', 'x = None\nx.y = 1\n', {}),
    ('lambda', 'f = lambda x: x / 0\ny = f(1)\n', {}),
    ('listcomp', 'def f():\n    return [1 / x for x in range(3)]\nf()\n', {}),
    ('genexpr', 'y = list(int(s) for s in ["1", "x"])\n', {}),
    ('assert', 'x = 1\nassert x == 2, "x is not 2"\n', {}),
    ('raise-indented', 'def f():\n    if True:\n        raise RuntimeError("deep")\nf()\n', {}),
    ('trailing-spaces', 'def f():\n    raise ValueError()\nf()   \n', {}),
    ('trailing-comment', 'def f():\n    raise ValueError()\nf()  # call it\n', {}),
    ('two-statements', 'a = 1; b = a + None\n', {}),
    ('two-statements-call', 'def f():\n    raise ValueError(1)\na = 1; f()\n', {}),
    # multi-line expressions
    ('multiline-call', 'def f(a, b):\n    return a / b\n\nx = f(\n    1,\n    0,\n)\n', {}),
    ('multiline-call-whole', 'def f(a, b):\n    return a / b\n\nf(1,\n  0)\n', {}),
    ('multiline-binop', 'a = "s"\nb = 1\nx = (a +\n     b)\n', {}),
    ('multiline-binop-trailing-space', 'a = "s"\nb = 1\nx = (a +   \n     b)\n', {}),
    ('multiline-subscript', 'd = {}\nx = d[\n    "k"\n]\n', {}),
    ('multiline-nonascii', 'def f(a, b):\n    return a / b\n\nx = f("\u00e9\u00e9\u00e9",\n      0)\n', {}),
    ('multiline-nonascii-trailing', 'def f(a, b):\n    return a / b\n\nx = f("\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9",  \n      0)\n', {}),
    ('multiline-nonascii-start', 'def f(a, b):\n    return a / b\n\n\u00e9 = 1; x = f(\u00e9,\n      0)\n', {}),
    ('multiline-string-arg', 'def f(a):\n    raise ValueError(a)\n\nf("""a\nb""")\n', {}),
    # non-ASCII source: byte offsets vs character offsets
    ('nonascii-binop', 's = "\u00e9\u00e9"\nt = s + 1\n', {}),
    ('nonascii-before-op', 't = "\u00e9\u00e9\u00e9" + 1\n', {}),
    ('nonascii-identifier', '\u540d\u524d = None\nx = \u540d\u524d.attr\n', {}),
    ('nonascii-emoji', 'x = "\U0001f600\U0001f600" + 1\n', {}),
    ('nonascii-subscript', 'd = {}\nx = d["\u00e9\u00e9"]\n', {}),
    ('nonascii-message', 'raise ValueError("\u00e9t\u00e9 \U0001f600")\n', {}),
    ('nonascii-right-operand', 'x = 1 + "\u00e9\u00e9"\n', {}),
    ('nonascii-call-args', 'def f(*a):\n    raise ValueError("no")\nx = f("\u00e9\u00e9\u00e9", "\u00fc") \n', {}),
    ('wide-fullwidth', 'x = "\uff21\uff22" + 1\n', {}),
    ('wide-whole-line-call', 'def f():\n    raise ValueError()\n\u540d\u524d = f\n\u540d\u524d()\n', {}),
    ('wide-call-in-assign', 'def f():\n    raise ValueError()\n\u540d\u524d = f\nx = \u540d\u524d()\n', {}),
    ('wide-multiline', 'def f(a, b):\n    return a / b\n\nx = f("\u540d\u524d",\n      0)\n', {}),
    ('wide-subscript', 'd = {}\nx = d["\u540d\u524d"]\n', {}),
    ('wide-before-segment', 's = "\u540d"; x = s + 1\n', {}),
    ('combining-char', 'x = "e\u0301" + 1\n', {}),
    ('unassigned-char', 'x = "\u0378" + 1\n', {}),
    ('wide-line-past-end', 'code = compile("\\n\\nxxxxxxxxxxxxxxxxxxxxxxx = 1 + []", __file__, "exec")\nexec(code)\n# \u540d\n', {}),
    ('nonascii-line-past-end', 'code = compile("\\n\\nxxxxxxxxxxxxxxxxxxxxxxx = 1 + []", __file__, "exec")\nexec(code)\n# \u00e9\n', {}),
    # whitespace
    ('tab-indent', 'def f():\n\tx = "a"\n\treturn x + 1\nf()\n', {}),
    ('tab-inside', 'x = "a"\ny = x +\t1\n', {}),
    ('tab-mixed-indent', 'if True:\n  \t x = "a" + 1\n', {}),
    ('formfeed-indent', '\x0cx = "a" + 1\n', {}),
    ('crlf-source', 'x = 1\r\ny = x + "a"\r\n', {}),
    # recursion
    # (a low recursion limit keeps the fixture small; the printing is the same at 1000)
    ('recursion', 'import sys\nsys.setrecursionlimit(60)\ndef f(n):\n    return f(n + 1)\n\nf(0)\n', {}),
    ('recursion-few', 'def f(n):\n    if n == 0:\n        raise ValueError("bottom")\n    return f(n - 1)\n\nf(4)\n', {}),
    ('recursion-one-more', 'def f(n):\n    if n == 0:\n        raise ValueError("bottom")\n    f(n - 1)\n\nf(4)\n', {}),
    ('recursion-exact-cutoff', 'def f(n):\n    if n == 0:\n        raise ValueError("bottom")\n    f(n - 1)\n\nf(3)\n', {}),
    ('recursion-mutual', 'import sys\nsys.setrecursionlimit(60)\ndef f(n):\n    return g(n)\n\ndef g(n):\n    return f(n + 1)\n\nf(0)\n', {}),
    ('recursion-then-other', 'def f(n):\n    if n == 0:\n        return g()\n    return f(n - 1)\n\ndef g():\n    return 1 / 0\n\nf(10)\n', {}),
    ('tracebacklimit', 'import sys\nsys.tracebacklimit = 2\ndef f(n):\n    if n == 0:\n        raise ValueError()\n    f(n - 1)\nf(5)\n', {}),
    ('tracebacklimit-zero', 'import sys\nsys.tracebacklimit = 0\ndef f():\n    raise ValueError("no frames")\nf()\n', {}),
    # chaining
    ('context', 'try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise ValueError("while handling")\n', {}),
    ('cause', 'def f():\n    try:\n        {}["k"]\n    except KeyError as e:\n        raise RuntimeError("lookup failed") from e\nf()\n', {}),
    ('from-none', 'try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise ValueError("clean") from None\n', {}),
    ('cause-and-context', 'try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise ValueError("v") from TypeError("t")\n', {}),
    ('context-three', 'try:\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        [][0]\nexcept IndexError:\n    x = None.y\n', {}),
    ('context-suppressed-manually', 'e = ValueError("outer")\ne.__context__ = TypeError("inner")\ne.__suppress_context__ = True\nraise e\n', {}),
    ('cause-cycle', 'a = ValueError("a")\nb = TypeError("b")\na.__cause__ = b\nb.__cause__ = a\nraise a\n', {}),
    ('context-cycle', 'a = ValueError("a")\nb = TypeError("b")\na.__context__ = b\nb.__context__ = a\nraise a\n', {}),
    ('cause-seen-hides-context', 'a = ValueError("a")\nb = TypeError("b")\nc = KeyError("c")\nb.__cause__ = a\nb.__context__ = c\na.__context__ = b\nraise a\n', {}),
    ('cause-none-explicit', 'e = ValueError("x")\ne.__cause__ = None\ne.__context__ = KeyError("k")\nraise e\n', {}),
    # notes
    ('notes', 'e = ValueError("v")\ne.add_note("first note")\ne.add_note("second\\nline")\nraise e\n', {}),
    ('notes-trailing-newline', 'e = ValueError("v")\ne.add_note("ends\\n")\ne.add_note("")\nraise e\n', {}),
    ('notes-nonstr', 'e = ValueError("v")\ne.__notes__ = [1, None, "s"]\nraise e\n', {}),
    ('notes-str-raises', 'class N:\n    def __str__(self):\n        raise RuntimeError()\ne = ValueError("v")\ne.__notes__ = [N(), "after"]\nraise e\n', {}),
    ('notes-not-sequence', 'e = ValueError("v")\ne.__notes__ = 42\nraise e\n', {}),
    ('notes-string', 'e = ValueError("v")\ne.__notes__ = "ab"\nraise e\n', {}),
    ('notes-other-newlines', 'e = ValueError("v")\ne.add_note("a\\rb\\x0bc\\u2028d\\r\\ne")\nraise e\n', {}),
    ('notes-empty-message', 'e = ValueError()\ne.add_note("n")\nraise e\n', {}),
    ('notes-chained', 'try:\n    e = KeyError("k")\n    e.add_note("inner note")\n    raise e\nexcept KeyError:\n    e2 = ValueError("outer")\n    e2.add_note("outer note")\n    raise e2\n', {}),
    # messages and type names
    ('empty-message', 'raise ValueError()\n', {}),
    ('empty-string-message', 'raise ValueError("")\n', {}),
    ('multiline-message', 'raise ValueError("line one\\nline two")\n', {}),
    ('str-raises', 'class E(Exception):\n    def __str__(self):\n        raise RuntimeError("no str")\n\nraise E()\n', {}),
    ('str-raises-chained', 'class E(Exception):\n    def __str__(self):\n        raise RuntimeError("no str")\ntry:\n    raise E()\nexcept E:\n    raise ValueError("after")\n', {}),
    ('main-class', 'class MyError(Exception):\n    pass\n\nraise MyError("mine")\n', {}),
    ('main-nested-class', 'class Outer:\n    class Inner(Exception):\n        pass\n\nraise Outer.Inner("nested")\n', {}),
    ('module-class', 'import mod\nmod.fail()\n', {'mod.py': 'class ModError(Exception):\n    pass\n\ndef fail():\n    raise ModError("from module")\n'}),
    ('module-nested-class', 'import mod\nraise mod.Outer.Inner(1, 2)\n', {'mod.py': 'class Outer:\n    class Inner(LookupError):\n        pass\n'}),
    ('module-none', 'class E(Exception):\n    pass\nE.__module__ = None\nraise E("m")\n', {}),
    ('module-builtins-spoof', 'class E(Exception):\n    pass\nE.__module__ = "builtins"\nraise E("m")\n', {}),
    ('module-dotted', 'class E(Exception):\n    pass\nE.__module__ = "a.b.c"\nraise E("m")\n', {}),
    ('stdlib-exception', 'import json\njson.loads("{")\n', {}),
    ('args-message', 'raise OSError(2, "No such file", "x.txt")\n', {}),
    ('system-exit-like', 'raise StopIteration(5)\n', {}),
    # frames without source lines, and lines that do not match
    ('exec-string', 'exec("x = 1\\ny = x / 0")\n', {}),
    ('eval-string', 'eval("[][1]")\n', {}),
    ('line-past-eof', 'code = compile("\\n" * 50 + "1 / 0", __file__, "exec")\nexec(code)\n', {}),
    ('line-blank', 'code = compile("\\n\\n1 / 0", __file__, "exec")\nexec(code)\n\n', {}),
    ('line-mismatch', 'code = compile("x = 1 + []", __file__, "exec")\nexec(code)\n', {}),
    ('line-mismatch-short', 'code = compile("\\n" * 2 + "xxxxxxxxxxxxxxxxx = 1 + []", __file__, "exec")\nexec(code)\n#\n', {}),
    ('angle-filename-file', 'code = compile("1 / 0", "<made-up>", "exec")\nexec(code)\n', {}),
    ('module-frames', 'import mod\nmod.outer()\n', {'mod.py': 'def inner(d):\n    return d["k"] + 1\n\ndef outer():\n    return inner({"k": "v"})\n'}),
    # SyntaxError inside a traceback
    ('syntax-compile', 'compile("x = (1 +* 2)", "<s>", "exec")\n', {}),
    ('syntax-eval', 'eval("1 +")\n', {}),
    ('syntax-import', 'import broken\n', {'broken.py': 'def f():\n    return 1 +* 2\n'}),
    ('syntax-indentation', 'exec("if 1:\\nx = 2")\n', {}),
    ('syntax-nonascii', 'compile("\u00e9\u00e9 = (1 +* 2)", "<s>", "exec")\n', {}),
    ('syntax-notes', 'try:\n    compile("a b", "<s>", "exec")\nexcept SyntaxError as e:\n    e.add_note("a note")\n    raise\n', {}),
    ('syntax-chained', 'try:\n    compile("a b", "<s>", "exec")\nexcept SyntaxError as e:\n    raise ValueError("bad source") from e\n', {}),
    ('syntax-manual', 'raise SyntaxError("custom", ("f.py", 3, 2, "  abc\\n", 3, 4))\n', {}),
    ('syntax-no-location', 'raise SyntaxError("bare")\n', {}),
    # exception groups
    ('group-simple', 'raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])\n', {}),
    ('group-raised-children', (
        'def f(i):\n    raise ValueError(i)\n\nerrs = []\nfor i in range(3):\n    try:\n        f(i)\n'
        '    except ValueError as e:\n        errs.append(e)\nraise ExceptionGroup("many", errs)\n'), {}),
    ('group-nested', (
        'def inner():\n    raise ExceptionGroup("inner", [KeyError("k"), IndexError(5)])\n'
        'try:\n    inner()\nexcept ExceptionGroup as g:\n    sub = g\n'
        'raise ExceptionGroup("outer", [sub, OSError("os")])\n'), {}),
    ('group-wide', 'raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])\n', {}),
    ('group-width-16', 'raise ExceptionGroup("w16", [ValueError(i) for i in range(16)])\n', {}),
    ('group-width-15', 'raise ExceptionGroup("w15", [ValueError(i) for i in range(15)])\n', {}),
    ('group-deep', (
        'e = ValueError("leaf")\nfor i in range(12):\n    e = ExceptionGroup(f"level {i}", [e])\nraise e\n'), {}),
    ('group-deep-raised', (
        'def f(n):\n    if n == 0:\n        raise ValueError("leaf")\n    try:\n        f(n - 1)\n'
        '    except Exception as e:\n        raise ExceptionGroup(f"g{n}", [e, KeyError(n)])\nf(11)\n'), {}),
    ('group-chained-child', (
        'def f():\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        raise ValueError("child")\n'
        'try:\n    f()\nexcept ValueError as e:\n    c = e\nraise ExceptionGroup("eg", [c, TypeError("t")])\n'), {}),
    ('group-child-cause', (
        'def f():\n    try:\n        [][1]\n    except IndexError as e:\n        raise ValueError("child") from e\n'
        'try:\n    f()\nexcept ValueError as e:\n    c = e\nraise ExceptionGroup("eg", [c])\n'), {}),
    ('group-as-context', 'try:\n    raise ExceptionGroup("eg", [ValueError(1)])\nexcept ExceptionGroup:\n    raise RuntimeError("after group")\n', {}),
    ('group-context', 'try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise ExceptionGroup("eg", [ValueError(1), KeyError("k")])\n', {}),
    ('group-notes', (
        'e = ValueError(1)\ne.add_note("child note\\nsecond line")\ng = ExceptionGroup("eg", [e])\n'
        'g.add_note("group note")\nraise g\n'), {}),
    ('group-syntax-child', (
        'try:\n    compile("x = (1 +* 2)", "<s>", "exec")\nexcept SyntaxError as e:\n    s = e\n'
        'raise ExceptionGroup("eg", [s])\n'), {}),
    ('group-base', 'raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError()])\n', {}),
    ('group-subclass', 'class MyGroup(ExceptionGroup):\n    pass\nraise MyGroup("mine", [ValueError(1)])\n', {}),
    ('group-multiline-source', (
        'def f():\n    raise ExceptionGroup("eg", [\n        ValueError(1),\n        TypeError(2),\n    ])\nf()\n'), {}),
    ('group-child-frames-binop', (
        'def f(a):\n    return a + 1\nerrs = []\nfor a in ["x", None]:\n    try:\n        f(a)\n'
        '    except TypeError as e:\n        errs.append(e)\nraise ExceptionGroup("ops", errs)\n'), {}),
    ('group-child-repeated', (
        'def f(n):\n    if n == 0:\n        raise ValueError("bottom")\n    f(n - 1)\n'
        'try:\n    f(6)\nexcept ValueError as e:\n    c = e\nraise ExceptionGroup("eg", [c])\n'), {}),
    ('group-same-child-twice', 'e = ValueError("twice")\nraise ExceptionGroup("eg", [e, e])\n', {}),
    ('group-nested-wide', (
        'inner = ExceptionGroup("inner", [KeyError(i) for i in range(16)])\n'
        'raise ExceptionGroup("outer", [inner, ValueError("v")])\n'), {}),
    ('group-last-nested', (
        'inner = ExceptionGroup("inner", [KeyError(1), KeyError(2)])\n'
        'raise ExceptionGroup("outer", [ValueError("v"), inner])\n'), {}),
    ('group-notes-newlines', (
        'e = ValueError(1)\ne.add_note("a\\rb\\x0bc\\u2028d\\r\\ne")\ne.add_note("ends\\n")\ne.add_note("")\n'
        'raise ExceptionGroup("eg", [e, KeyError(2)])\n'), {}),
    ('group-notes-not-sequence', (
        'e = ValueError(1)\ne.__notes__ = 42\ng = ExceptionGroup("eg", [e, KeyError(2)])\ng.__notes__ = (1.5,)\nraise g\n'), {}),
    ('group-empty-messages', 'raise ExceptionGroup("", [ValueError(), KeyError()])\n', {}),
]


def relocate(value, tmp):
    """Replaces the temporary directory's path by FIXTURE_DIR in every string of `value`."""
    if isinstance(value, str):
        return value.replace(tmp, FIXTURE_DIR)
    if isinstance(value, list):
        return [relocate(v, tmp) for v in value]
    if isinstance(value, dict):
        return {relocate(k, tmp): relocate(v, tmp) for k, v in value.items()}
    return value


def read_line(filename, lineno):
    """The line the C printer shows (display_source_line_with_margin): the file decoded with its declared
    encoding, universal newlines, the trailing newline dropped; None when there is no such file or line."""
    if filename.startswith('<') and filename.endswith('>'):
        return None
    try:
        with open(filename, 'rb') as binary:
            encoding, _ = tokenize.detect_encoding(binary.readline)
            binary.seek(0)
            text = io.TextIOWrapper(binary, encoding)
            line = None
            for _ in range(lineno):
                line = text.readline()
                if line == '':
                    return None
    except OSError:
        return None
    return line[:-1] if line.endswith('\n') else line


def source_lines(exceptions):
    """{filename: {lineno: line}} for every frame of every recorded exception."""
    out = {}
    for exc in exceptions:
        for frame in exc['frames']:
            line = read_line(frame['filename'], frame['lineno'])
            if line is not None:
                out.setdefault(frame['filename'], {})[str(frame['lineno'])] = line
    return out


def run_case(name, main, extra, root):
    tmp = os.path.join(root, name)
    os.makedirs(tmp)
    files = {'prog.py': main, **extra}
    for fname, text in files.items():
        with open(os.path.join(tmp, fname), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
    hook_dir = os.path.join(root, '.hook')
    dump = os.path.join(tmp, '.dump.json')
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8', PYTHONPATH=hook_dir,
               PYWB_TB_DUMP=dump, PYTHONDONTWRITEBYTECODE='1')
    run = subprocess.run([sys.executable, 'prog.py'], cwd=tmp, env=env, capture_output=True)
    with open(dump, encoding='utf-8') as f:
        data = json.load(f)
    if 'hookError' in data:
        raise SystemExit(f'{name}: the hook failed: {data["hookError"]}')
    stderr = run.stderr.decode('utf-8')
    return relocate({
        'name': name,
        'sourceLines': source_lines(data['exceptions']),
        'tracebackLimit': data['tracebackLimit'],
        'exceptions': data['exceptions'],
        'stderr': stderr,
    }, tmp)


def main():
    if sys.version_info[:3] != (3, 11, 7):
        raise SystemExit(f'the reference is CPython 3.11.7, not {sys.version.split()[0]}')
    names = [c[0] for c in CASES]
    assert len(names) == len(set(names)), 'case names must be unique'
    with tempfile.TemporaryDirectory() as root:
        os.makedirs(os.path.join(root, '.hook'))
        with open(os.path.join(root, '.hook', 'sitecustomize.py'), 'w') as f:
            f.write(HOOK)
        cases = [run_case(name, main, extra, root) for name, main, extra in CASES]
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump({'generator': 'scripts/generate-traceback-fixtures.py', 'python': sys.version.split()[0],
                   'cases': cases}, f, ensure_ascii=True, indent=0)
        f.write('\n')
    print(f'{len(cases)} cases written to {os.path.normpath(OUT)}')


if __name__ == '__main__':
    main()
