match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Color.RED:
        pass
    case mod.sub.CONST:
        pass
    case ("a" | "b") as letter:
        pass
    case [x, y] as pair if x > y:
        pass
    case _:
        pass
