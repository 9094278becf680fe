"""Names for built-in types (a pure-Python subset of CPython's types)."""

import sys


def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
ModuleType = type(sys)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)


class _C:
    def _m(self): pass
MethodType = type(_C()._m)


def _g():
    yield 1
GeneratorType = type(_g())


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]
CellType = type(_cell_factory())

try:
    raise TypeError
except TypeError:
    _tb = sys.exc_info()[2]
    TracebackType = type(_tb)
    FrameType = type(_tb.tb_frame)
    del _tb

# The engines fill these types in at different paces: each is defined when its probe works.
try:
    MappingProxyType = type(type.__dict__)
    WrapperDescriptorType = type(object.__init__)
    MethodWrapperType = type(object().__str__)
    MethodDescriptorType = type(str.join)
    ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
    GetSetDescriptorType = type(FunctionType.__code__)
    MemberDescriptorType = type(FunctionType.__globals__)
except Exception:
    pass

try:
    async def _c(): pass
    _c = _c()
    CoroutineType = type(_c)
    _c.close()

    async def _ag():
        yield
    AsyncGeneratorType = type(_ag())
except Exception:
    pass

try:
    GenericAlias = type(list[int])
    UnionType = type(int | str)
except Exception:
    pass


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        items = ('{}={!r}'.format(k, v) for k, v in self.__dict__.items())
        return '{}({})'.format(name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


SimpleNamespace.__module__ = 'types'

del sys, _f, _g, _C, _cell_factory


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        for base in bases:
            base_meta = type(base)
            if issubclass(meta, base_meta):
                continue
            if issubclass(base_meta, meta):
                meta = base_meta
                continue
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases")
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    A descriptor that behaves like a property on instances and raises AttributeError on the class,
    so the class's metaclass __getattr__ gets a chance (enum uses it for members named like
    attributes)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or fget.__doc__ if fget is not None else doc
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


def coroutine(func):
    """Convert a regular generator function into a coroutine (an awaitable generator)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if func.__class__ is FunctionType and getattr(func, '__code__', None).__class__ is CodeType:
        co_flags = func.__code__.co_flags
        # CO_COROUTINE | CO_ITERABLE_COROUTINE: nothing to do.
        if co_flags & 0x180:
            return func
        # A generator function: mark its code CO_ITERABLE_COROUTINE so `await` accepts its generators.
        if co_flags & 0x20:
            func.__code__ = func.__code__.replace(co_flags=co_flags | 0x100)
            return func

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is CoroutineType or (
                coro.__class__ is GeneratorType and coro.gi_code.co_flags & 0x100):
            return coro
        # A generator, or an object with the Generator interface that is not a Coroutine: make it awaitable.
        cls = type(coro)
        if all(hasattr(cls, m) for m in ('__iter__', '__next__', 'send', 'throw', 'close')) \
                and not hasattr(cls, '__await__'):
            return _GeneratorWrapper(coro)
        return coro
    return wrapped


class _GeneratorWrapper:
    """Wraps a generator (or generator-like object) so that it can be awaited."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__

