import os


def nested(v):
    match v:
        case {'env': {'HOME': home}, 'path': [*parts]}:
            return home, parts
        case os.sep:
            return 'sep'
        case (1, 2) | [3, 4]:
            return 'pair'
