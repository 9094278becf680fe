# A type's __module__: 'builtins' for the builtin types, type itself included (so pickle finds them by
# name), a builtin type's own module name, a class's module or whatever was assigned to it
import pickle, types, typing
print(type.__module__, int.__module__, type(None).__module__, types.UnionType.__module__, object.__module__)
class A: pass
print(A.__module__)
A.__module__ = 5
print(A.__module__)
print(pickle.loads(pickle.dumps(type(None))), pickle.loads(pickle.dumps(int)), pickle.loads(pickle.dumps(type)))
print(pickle.loads(pickle.dumps(typing.Optional[int])))
