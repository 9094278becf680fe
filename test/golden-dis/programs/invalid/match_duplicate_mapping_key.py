def f(v):
    match v:
        case {'k': 1, 'k': 2}:
            pass
