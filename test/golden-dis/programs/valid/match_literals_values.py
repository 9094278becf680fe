import enum


class Color(enum.Enum):
    RED = 1


def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case 'a' | b'b':
            return 'text'
        case None:
            return 'none'
        case True:
            return 'true'
        case -1.5:
            return 'neg'
        case 1 + 2j:
            return 'complex'
        case Color.RED:
            return 'red'
        case _:
            return 'other'
