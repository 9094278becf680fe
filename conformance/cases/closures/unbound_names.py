# reading or deleting an unbound name: UnboundLocalError for locals (its .name stays None: only NameError itself records the name), NameError with .name for free variables, globals and builtins; del of unbound local, cell and global names; the traceback of an uncaught UnboundLocalError offers no "Did you mean"
def attempt(src):
    try:
        exec(src, {})
    except NameError as e:
        print(type(e).__name__, "|", e, "|", e.name)

attempt("def f():\n    print(x)\n    x = 1\nf()")
attempt("def f():\n    x = 1\n    del x\n    return x\nf()")
attempt("def f():\n    del q\nf()")
attempt("def f():\n    def g(): return y\n    g()\n    y = 1\nf()")
attempt("def f():\n    q = 1\n    def g():\n        nonlocal q\n        del q\n    g()\n    return q\nf()")
attempt("def f():\n    q = 1\n    def g():\n        nonlocal q\n        del q\n        del q\n    g()\nf()")
attempt("x = 1\ndel x\nprint(x)")
attempt("del undefined_name")
attempt("x = 1\ndef f():\n    global x\n    del x\n    del x\nf()")
attempt("def f():\n    counter = 1\n    return countr\nf()")

value1 = 1
def uses_before_assignment():
    print(value)
    value = 2
uses_before_assignment()
