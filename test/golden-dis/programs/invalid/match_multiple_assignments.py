def f(v):
    match v:
        case [a, a]:
            pass
