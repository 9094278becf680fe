# 3.11 position markers for a failing binary operation inside a larger expression: ~ for operands, ^ for the operator.
def ratio(total, count):
    scale = 100
    return scale * (total / count) + 1

def report(rows):
    for name, total, count in rows:
        print(name, ratio(total, count))

report([('a', 10, 4), ('b', 3, 3)])
report([('c', 1, 0)])
