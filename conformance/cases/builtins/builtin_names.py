# The builtins module's names: every public function and type of 3.11, with its kind.
import builtins

names = sorted(n for n in dir(builtins) if not n.startswith('_'))
funcs = [n for n in names if type(getattr(builtins, n)).__name__ == 'builtin_function_or_method']
types_ = [n for n in names if isinstance(getattr(builtins, n), type) and not issubclass(getattr(builtins, n), BaseException)]
print(len(funcs), funcs)
print(len(types_), types_)
others = [n for n in names if n not in funcs and n not in types_ and not (isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))]
print(others)
print(builtins.__name__, __builtins__.__name__ if hasattr(__builtins__, '__name__') else type(__builtins__).__name__)
print(sorted(n for n in dir(builtins) if n.startswith('__')))
print(repr(Ellipsis), repr(NotImplemented), __debug__)
print(type(exit).__name__, repr(exit), repr(quit))
