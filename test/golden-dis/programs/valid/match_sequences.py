def seq(x):
    match x:
        case []:
            return 0
        case [a]:
            return a
        case [a, b, *rest]:
            return a, b, rest
        case (first, *_, last):
            return first, last
        case [*_]:
            return 'any'
        case [1, [2, x], *_, 3]:
            return x
