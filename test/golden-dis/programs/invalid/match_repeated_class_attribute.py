def f(v):
    match v:
        case int(real=1, real=2):
            pass
