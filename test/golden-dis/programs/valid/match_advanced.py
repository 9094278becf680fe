import collections


def classify(v, Point=collections.namedtuple('Point', 'x y')):
    for item in v:
        match item:
            case {**rest} if not rest:
                continue
            case [*_, 'end']:
                break
            case collections.abc.Mapping():
                pass
            case Point(x=0) | Point(y=0) as axis:
                return axis
            case [int() | float() as n, *others] if n > len(others):
                return n
            case str(s) if s.startswith('x') and (s.endswith('y') or s == 'z'):
                return s
            case (1 | 2, _, *_):
                pass
            case _ if item:
                print(item)
    return None
