match seq:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case a, b:
        pass
    case [a, *rest]:
        pass
    case (*_, last):
        pass
    case first, *_, last:
        pass
    case [1, [2, (3, *inner)], *_]:
        pass
    case *all,:
        pass
