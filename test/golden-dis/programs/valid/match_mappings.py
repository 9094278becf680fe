def mapping(x):
    match x:
        case {}:
            return 0
        case {'a': 1, 'b': b}:
            return b
        case {'k': v, **rest}:
            return v, rest
        case {1: _, 2: [y, *_]}:
            return y
