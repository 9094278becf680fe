"""Serialize and deserialize Python objects (a pure-Python pickle for protocols 2 to 5).

The Pickler writes what CPython's writes for the same objects: the PROTO header, protocol 4's
frames, memoization with MEMOIZE (4+) or BINPUT, the compact int/str/bytes opcodes, and objects
through the reduction protocol (copyreg.dispatch_table, __reduce_ex__) as NEWOBJ/NEWOBJ_EX/REDUCE
with BUILD for their state. The Unpickler reads protocols 0 to 5 (text opcodes included), except
out-of-band buffers and the extension registry.
"""

import sys
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps",
           "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the dump() method."""


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object."""


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# Opcodes.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000


# --- binary helpers (no struct module: ints through int.to_bytes, floats through float.hex) -------

def _pack_double(x):
    """IEEE 754 binary64, big-endian."""
    if x != x:
        bits = 0x7ff8000000000000
    elif x in (float('inf'), float('-inf')):
        bits = 0x7ff0000000000000 | ((1 << 63) if x < 0 else 0)
    else:
        h = x.hex()
        sign = h.startswith('-')
        h = h.lstrip('-')[2:]
        mantissa, exp = h[2:].split('p')
        frac = int(mantissa.ljust(13, '0'), 16)
        biased = int(exp) + 1023 if h[0] == '1' else 0
        bits = (sign << 63) | (biased << 52) | frac
    return bits.to_bytes(8, 'big')


def _unpack_double(data):
    bits = int.from_bytes(data, 'big')
    sign = '-' if bits >> 63 else ''
    biased = (bits >> 52) & 0x7ff
    frac = bits & ((1 << 52) - 1)
    if biased == 0x7ff:
        return float(sign + ('nan' if frac else 'inf'))
    if biased == 0:
        return float.fromhex('%s0x0.%013xp-1022' % (sign, frac))
    return float.fromhex('%s0x1.%013xp%d' % (sign, frac, biased - 1023))


def encode_long(x):
    """Two's complement little-endian bytes of x, as short as possible (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _u(n, size):
    return n.to_bytes(size, 'little')


def _getattribute(obj, name):
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """The name of the module obj belongs to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


# --- pickling -----------------------------------------------------------------------------------

class _Framer:
    """Protocol 4's framing: output is grouped into FRAME opcodes of about 64 KiB."""

    def __init__(self, file_write):
        self.file_write = file_write
        self.current_frame = None

    def start_framing(self):
        self.current_frame = []

    def end_framing(self):
        if self.current_frame:
            self.commit_frame(force=True)
        self.current_frame = None

    def commit_frame(self, force=False):
        if self.current_frame:
            data = b''.join(self.current_frame)
            if len(data) >= _FRAME_SIZE_TARGET or force:
                if len(data) >= _FRAME_SIZE_MIN:
                    self.file_write(FRAME + _u(len(data), 8))
                self.file_write(data)
                self.current_frame = []

    def write(self, data):
        if self.current_frame is not None:
            self.current_frame.append(data)
        else:
            self.file_write(data)


class Pickler:
    """Writes a pickle of objects to a binary file (an object with write())."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if protocol < 2:
            raise ValueError("this pickle writes protocols 2 to %d only" % HIGHEST_PROTOCOL)
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % self.__class__.__name__)
        if self.proto >= 2:
            self.write(PROTO + bytes([self.proto]))
        if self.proto >= 4:
            self.framer.start_framing()
        self.save(obj)
        self.write(STOP)
        self.framer.end_framing()

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if idx < 256:
            return BINPUT + bytes([idx])
        return LONG_BINPUT + _u(idx, 4)

    def get(self, i):
        if i < 256:
            return BINGET + bytes([i])
        return LONG_BINGET + _u(i, 4)

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        self.framer.commit_frame()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self.dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = getattr(self, 'dispatch_table', dispatch_table).get(t)
        if reduce is not None:
            rv = reduce(obj)
        else:
            if issubclass(t, type):
                self.save_global(obj)
                return
            reduce = getattr(obj, "__reduce_ex__", None)
            if reduce is not None:
                rv = reduce(self.proto)
            else:
                reduce = getattr(obj, "__reduce__", None)
                if reduce is None:
                    raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
                rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % reduce)
        if not 2 <= len(rv) <= 6:
            raise PicklingError("Tuple returned by %s must have two to six elements" % reduce)
        self.save_reduce(obj=obj, *rv)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from {} args has no __new__".format(func_name))
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from {} args has the wrong class".format(func_name))
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            # A tuple may have been memoized while its items were saved (a recursive structure).
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        self.write(NEWTRUE if obj else NEWFALSE)
    dispatch[bool] = save_bool

    def save_long(self, obj):
        if obj >= 0:
            if obj <= 0xff:
                self.write(BININT1 + bytes([obj]))
                return
            if obj <= 0xffff:
                self.write(BININT2 + _u(obj, 2))
                return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(BININT + obj.to_bytes(4, 'little', signed=True))
            return
        encoded = encode_long(obj)
        n = len(encoded)
        if n < 256:
            self.write(LONG1 + bytes([n]) + encoded)
        else:
            self.write(LONG4 + n.to_bytes(4, 'little', signed=True) + encoded)
    dispatch[int] = save_long

    def save_float(self, obj):
        self.write(BINFLOAT + _pack_double(obj))
    dispatch[float] = save_float

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                # codecs.encode(str(obj, 'latin1'), 'latin1'), the global saved (and memoized) once.
                x = self.memo.get(id(_codecs_encode))
                if x is not None:
                    self.write(self.get(x[0]))
                else:
                    self.write(GLOBAL + b'_codecs\nencode\n')
                    self.memoize(_codecs_encode)
                self.save((str(obj, 'latin1'), 'latin1'))
                self.write(REDUCE)
                self.memoize(obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINBYTES8 + _u(n, 8) + obj)
        else:
            self.write(BINBYTES + _u(n, 4) + obj)
        self.memoize(obj)
    dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self.write(BYTEARRAY8 + _u(len(obj), 8) + bytes(obj))
        self.memoize(obj)
    dispatch[bytearray] = save_bytearray

    def save_str(self, obj):
        encoded = obj.encode('utf-8', 'surrogatepass')
        n = len(encoded)
        if n <= 0xff and self.proto >= 4:
            self.write(SHORT_BINUNICODE + bytes([n]) + encoded)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINUNICODE8 + _u(n, 8) + encoded)
        else:
            self.write(BINUNICODE + _u(n, 4) + encoded)
        self.memoize(obj)
    dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3:
            for element in obj:
                save(element)
            if id(obj) in memo:
                # The tuple was saved while saving its items (it contains itself through a list).
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            self.write(POP_MARK + self.get(memo[id(obj)][0]))
            return
        self.write(TUPLE)
        self.memoize(obj)
    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        self.write(EMPTY_LIST)
        self.memoize(obj)
        self._batch_appends(obj)
    dispatch[list] = save_list

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) >= _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())
    dispatch[dict] = save_dict

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) >= _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for i in range(0, len(items), _BATCHSIZE):
            self.write(MARK)
            for item in items[i:i + _BATCHSIZE]:
                self.save(item)
            self.write(ADDITEMS)
    dispatch[set] = save_set

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)
    dispatch[frozenset] = save_frozenset

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            obj2, parent = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: it's not found as %s.%s" % (obj, module_name, name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, name.rpartition('.')[2]))
        else:
            if self.fix_imports:
                module_name, name = _py2_name(module_name, name)
            write(GLOBAL + bytes(module_name, "utf-8") + b'\n' + bytes(name, "utf-8") + b'\n')
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    dispatch[type(len)] = save_global
    dispatch[type(save_global)] = save_global
    dispatch[type] = save_type


# --- unpickling ---------------------------------------------------------------------------------

class _BytesReader:
    def __init__(self, data):
        self.data = bytes(data)
        self.pos = 0

    def read(self, n):
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk

    def readline(self):
        i = self.data.find(b'\n', self.pos)
        end = len(self.data) if i < 0 else i + 1
        chunk = self.data[self.pos:end]
        self.pos = end
        return chunk


class Unpickler:
    """Reads a pickled object from a binary file (an object with read() and readline())."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._file_read = file.read
        self._file_readline = file.readline
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        return self._file_readline()

    def load(self):
        """Read a pickled object representation from the open file."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" % self.__class__.__name__)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        read = self._file_read
        dispatch = self.dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError
                f = dispatch.get(key[0])
                if f is None:
                    raise UnpicklingError("invalid load key, %r." % key)
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    def pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("unsupported persistent id encountered")

    def find_class(self, module, name):
        """The object module.name (dotted names allowed from protocol 4)."""
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        if self.proto < 3 and self.fix_imports:
            module, name = _py3_name(module, name)
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    dispatch = {}

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        self.read(8)  # frames only group the data; the reader has it all already
    dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        pid = self.readline()[:-1].decode("ascii")
        self.append(self.persistent_load(pid))
    dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        pid = self.stack.pop()
        self.append(self.persistent_load(pid))
    dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self.readline()
        if data == b'I00\n'[1:]:
            val = False
        elif data == b'I01\n'[1:]:
            val = True
        else:
            val = int(data, 0)
        self.append(val)
    dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(int.from_bytes(self.read(4), 'little', signed=True))
    dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self.read(1)[0])
    dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(int.from_bytes(self.read(2), 'little'))
    dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1:] == b'L':
            val = val[:-1]
        self.append(int(val, 0))
    dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self.read(1)[0]
        self.append(decode_long(self.read(n)))
    dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n = int.from_bytes(self.read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self.read(n)))
    dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self.readline()[:-1]))
    dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(_unpack_double(self.read(8)))
    dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(data.decode('unicode_escape').encode('latin1')))
    dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n = int.from_bytes(self.read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(n)))
    dispatch[BINSTRING[0]] = load_binstring

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))
    dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_binbytes(self):
        n = int.from_bytes(self.read(4), 'little')
        self.append(self.read(n))
    dispatch[BINBYTES[0]] = load_binbytes

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(self.read(n))
    dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_binbytes8(self):
        n = int.from_bytes(self.read(8), 'little')
        self.append(self.read(n))
    dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        n = int.from_bytes(self.read(8), 'little')
        self.append(bytearray(self.read(n)))
    dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_unicode(self):
        self.append(str(self.readline()[:-1], 'raw-unicode-escape'))
    dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        n = int.from_bytes(self.read(4), 'little')
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))
    dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n = int.from_bytes(self.read(8), 'little')
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))
    dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))
    dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)
    dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]
    dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]
    dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)
    dispatch[DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)), sys.exc_info()[2])
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)
    dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        obj = cls.__new__(cls, *args)
        self.append(obj)
    dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        obj = cls.__new__(cls, *args, **kwargs)
        self.append(obj)
    dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))
    dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    dispatch[STACK_GLOBAL[0]] = load_stack_global

    def _get_extension(self, code):
        obj = _extension_cache.get(code, None)
        if obj is not None:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self._get_extension(self.read(1)[0])
    dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        self._get_extension(int.from_bytes(self.read(2), 'little'))
    dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        self._get_extension(int.from_bytes(self.read(4), 'little', signed=True))
    dispatch[EXT4[0]] = load_ext4

    def load_reduce(self):
        stack = self.stack
        args = stack.pop()
        func = stack[-1]
        stack[-1] = func(*args)
    dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()
    dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        self.append(self.stack[-1])
    dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self.readline()[:-1]))
    dispatch[GET[0]] = load_get

    def load_binget(self):
        self._memo_get(self.read(1)[0])
    dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        self._memo_get(int.from_bytes(self.read(4), 'little'))
    dispatch[LONG_BINGET[0]] = load_long_binget

    def load_put(self):
        i = int(self.readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self.stack[-1]
    dispatch[PUT[0]] = load_put

    def load_binput(self):
        self.memo[self.read(1)[0]] = self.stack[-1]
    dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        self.memo[int.from_bytes(self.read(4), 'little')] = self.stack[-1]
    dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        self.memo[len(self.memo)] = self.stack[-1]
    dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)
    dispatch[APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self.stack[-1]
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)
    dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        stack = self.stack
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value
    dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
    dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self.stack[-1]
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)
    dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        stack = self.stack
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    k = sys.intern(k) if hasattr(sys, 'intern') else k
                inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    dispatch[MARK[0]] = load_mark

    def load_stop(self):
        value = self.stack.pop()
        raise _Stop(value)
    dispatch[STOP[0]] = load_stop


# Python 2 names for protocols 0-2 with fix_imports (the builtins part of CPython's _compat_pickle).
_PY2_BUILTIN_NAMES = {'range': 'xrange', 'chr': 'unichr', 'str': 'unicode', 'int': 'long'}
_PY2_ITERTOOLS = {'zip': 'izip', 'map': 'imap', 'filter': 'ifilter'}
_PY2_EXCEPTIONS = frozenset('''ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning
    DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning GeneratorExit IOError
    ImportError ImportWarning IndentationError IndexError KeyError KeyboardInterrupt LookupError MemoryError NameError
    NotImplementedError OSError OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning
    StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError
    UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError
    Warning ZeroDivisionError'''.split())
_PY2_OSERRORS = frozenset('''BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError
    ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError InterruptedError IsADirectoryError
    NotADirectoryError PermissionError ProcessLookupError TimeoutError'''.split())
_PY3_BUILTIN_NAMES = {'xrange': 'range', 'unichr': 'chr', 'unicode': 'str', 'long': 'int', 'basestring': 'str',
                      'raw_input': 'input'}


def _py2_name(module, name):
    if module != 'builtins':
        return module, name
    if name in _PY2_BUILTIN_NAMES:
        return '__builtin__', _PY2_BUILTIN_NAMES[name]
    if name in _PY2_ITERTOOLS:
        return 'itertools', _PY2_ITERTOOLS[name]
    if name in _PY2_EXCEPTIONS:
        return 'exceptions', name
    if name in _PY2_OSERRORS:
        return 'exceptions', 'OSError'
    if name == 'ModuleNotFoundError':
        return 'exceptions', 'ImportError'
    return '__builtin__', name


def _py3_name(module, name):
    if module == '__builtin__':
        return 'builtins', _PY3_BUILTIN_NAMES.get(name, name)
    if module == 'exceptions':
        return 'builtins', 'Exception' if name == 'StandardError' else name
    if module == 'itertools' and name in ('izip', 'imap', 'ifilter'):
        return 'builtins', name[1:]
    return module, name


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


# --- shorthands ---------------------------------------------------------------------------------

class _BytesWriter:
    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(data)
        return len(data)

    def getvalue(self):
        return b''.join(self.chunks)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickled representation of obj as a bytes object."""
    f = _BytesWriter()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return Unpickler(_BytesReader(data), fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()
