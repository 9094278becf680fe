# Exception objects as values: comparison, pickling args, attributes like __class__, reuse across raises, and weak lifetime of `as` names.
e1 = ValueError('x')
e2 = ValueError('x')
print(e1 == e2, e1 == e1, e1.args == e2.args, repr(e1) == repr(e2))
print(isinstance(e1, Exception), type(e1).__mro__[1].__name__)
errors = []
for i in range(3):
    try:
        if i == 0:
            raise e1
        elif i == 1:
            raise KeyError(i)
        else:
            [][i]
    except Exception as err:
        errors.append(err)
print([repr(e) for e in errors], errors[0] is e1)
print(BaseException.__new__(ValueError).args, ValueError.__new__(ValueError, 1, 2).args)
e3 = Exception('a', 'b')
print(e3.args, str(e3), repr(e3), e3.__class__.__name__)
import copy, pickle
e4 = copy.copy(KeyError('copied'))
print(repr(e4))
e5 = pickle.loads(pickle.dumps(OSError(2, 'gone', 'f.txt')))
print(type(e5).__name__, e5.errno, e5.filename, str(e5))
class WithKw(Exception):
    def __init__(self, msg, *, code):
        super().__init__(msg)
        self.code = code
w = WithKw('m', code=7)
print(w.code, w.args, str(w))
print(str(ExceptionGroup('g', [ValueError()])), ValueError().__reduce__())
