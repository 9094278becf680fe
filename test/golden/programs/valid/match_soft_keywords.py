match = 1
case = 2
_ = 3
match(x)
match[0]
match.attr = case
print(match, case, _)
match -x:
    case _:
        pass
match x,:
    case _:
        pass
match *a, b:
    case [*_]:
        pass
match (yield):
    case _:
        pass
def match(case):
    return case
match match:
    case case if case:
        pass
