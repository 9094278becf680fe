def f(v):
    match v:
        case [a] | [b]:
            pass
