# types.GenericAlias (list[int]) forwards attribute lookups to its origin except its own
# (__origin__, __args__, ...), refuses isinstance/issubclass and further subscription; a class's
# __class_getitem__ result; operator.index checks what __index__ returns; '**=' errors.
import operator

def attempt(label, make):
    try:
        print(label, 'ok', make())
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)

alias = dict[str, list[int]]
print(alias, alias.__origin__, alias.__args__, alias.__parameters__, type(alias).__name__)
attempt('name', lambda: (list[int].__name__, list[int].__qualname__, list[int].__module__))
attempt('method', lambda: list[int].append)
attempt('classmethod', lambda: dict[str, int].fromkeys('ab', 0))
attempt('call', lambda: list[int]('xy'))
attempt('mro_entries', lambda: list[int].__mro_entries__(()))
attempt('missing', lambda: list[int].nope)
attempt('isinstance', lambda: isinstance([], list[int]))
attempt('issubclass', lambda: issubclass(list, list[int]))
attempt('in tuple first', lambda: isinstance([], (list, list[int])))
attempt('in tuple later', lambda: isinstance([], (int, list[int])))
attempt('subscript', lambda: list[int][str])
attempt('eq', lambda: (list[int] == list[int], list[int] == list[str], list[int] == list))
class Box(list[int]):
    pass
print(Box.__bases__, Box.__orig_bases__ if hasattr(Box, '__orig_bases__') else 'no orig')

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
for v in [True, 5, 2**70, -3, Idx(7), Idx('x'), Idx(1.5), 'a', 1.5]:
    attempt('index', lambda: repr(operator.index(v)))

def ipow():
    x = 2
    x **= 'a'
attempt('**=', ipow)
attempt('**', lambda: 2 ** 'a')
attempt('pow3', lambda: pow(2, 'a', 3))
def imatmul():
    x = []
    x @= 2
attempt('@=', imatmul)
