# The built-in exception hierarchy: every class's base chain, as the __mro__ of each builtins exception.
import builtins

excs = [v for k, v in vars(builtins).items()
        if isinstance(v, type) and issubclass(v, BaseException)]
excs.sort(key=lambda c: c.__name__)
print(len(excs))
for cls in excs:
    chain = [k.__name__ for k in cls.__mro__[1:] if k is not object]
    print(cls.__name__, '->', ' > '.join(chain) or '(root)')

print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(StopAsyncIteration, Exception), issubclass(UnicodeDecodeError, ValueError))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError))
