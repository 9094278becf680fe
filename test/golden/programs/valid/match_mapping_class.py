match obj:
    case {}:
        pass
    case {"x": x, "y": y}:
        pass
    case {"kind": "a", **rest}:
        pass
    case {1: _, None: n, Color.RED: r}:
        pass
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=yy):
        pass
    case mod.Point(1, y=2):
        pass
    case Point(x, y, z=[1, 2], w={"k": v}):
        pass
    case int() | str() | list(_):
        pass
