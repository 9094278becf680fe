"""Helper to provide extensibility for pickle and copy (a pure-Python subset of CPython's copyreg).

Besides the public registry, this module holds the Python half of `object.__reduce_ex__`,
`object.__reduce__` and `object.__getstate__`: the engine's object type calls `_reduce_object`
and `_getstate` here, as CPython's typeobject.c calls into copyreg.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_builtin_function = type(int.__new__)


def _native_base(cls):
    """The first class along the MRO whose __new__ is its own native one (CPython: not a heap type)."""
    for base in cls.__mro__:
        new = base.__new__
        if isinstance(new, _builtin_function) and getattr(new, '__self__', None) is base:
            return base
    return object


def _reduce_ex(self, proto):
    """Protocols 0 and 1: (copyreg._reconstructor, (cls, base, state)[, dict])."""
    assert proto < 2
    cls = self.__class__
    base = _native_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled with protocol {proto}") from None
        dict = getattr(self, '__dict__', None)
    else:
        if type(self).__getstate__ is object.__getstate__ and getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ to allow classes with keyword-only arguments."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (private names mangled), cached on the class."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        names.append('_%s%s' % (stripped, name) if stripped else name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


def _getstate_default(obj, required):
    cls = type(obj)
    if required and _native_base(cls) not in (object, BaseException):
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    state = getattr(obj, '__dict__', None) or None
    slotnames = _slotnames(cls)
    if slotnames:
        slots = {}
        for name in slotnames:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _getstate(obj):
    """object.__getstate__()."""
    return _getstate_default(obj, False)


def _getnewargs(obj):
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        r = getnewargs_ex()
        if not isinstance(r, tuple):
            raise TypeError(f"__getnewargs_ex__ should return a tuple, not '{type(r).__name__}'")
        if len(r) != 2:
            raise ValueError(f"__getnewargs_ex__ should return a tuple of length 2, not {len(r)}")
        args, kwargs = r
        if not isinstance(args, tuple):
            raise TypeError(f"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not "
                            f"'{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError(f"second item of the tuple returned by __getnewargs_ex__ must be a dict, not "
                            f"'{type(kwargs).__name__}'")
        return args, kwargs
    getnewargs = getattr(obj, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError(f"__getnewargs__ should return a tuple, not '{type(args).__name__}'")
        return args, None
    return None, None


def _reduce_object(obj, proto):
    """object.__reduce_ex__(proto) for classes without their own __reduce__ (typeobject.c's reduce_newobj)."""
    if proto < 2:
        return _reduce_ex(obj, proto)
    cls = type(obj)
    args, kwargs = _getnewargs(obj)
    if not kwargs:
        newobj = __newobj__
        newargs = (cls,) + (args or ())
    else:
        newobj = __newobj_ex__
        newargs = (cls, args, kwargs)
    getstate = type(obj).__getstate__
    if getstate is object.__getstate__:
        state = _getstate_default(obj, args is None and not isinstance(obj, (list, dict)))
    else:
        state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return newobj, newargs, state, listitems, dictitems


# Extension registry (pickle's EXT opcodes).
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
