def capture(x):
    match x:
        case [a] if a > 0:
            return a
        case (1 | 2) as small:
            return small
        case name:
            return name
