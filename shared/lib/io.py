"""In-memory text and bytes streams (a pure-Python subset of CPython's io)."""

from _io import (UnsupportedOperation, FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper,
                 open)

__all__ = ['StringIO', 'BytesIO', 'IOBase', 'TextIOBase', 'RawIOBase', 'BufferedIOBase',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'TextIOWrapper',
           'FileIO', 'BufferedReader', 'BufferedWriter', 'BufferedRandom', 'open']

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192


class IOBase:
    closed = False

    def close(self):
        self.closed = True

    def _check_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def flush(self):
        self._check_closed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _Memory(IOBase):
    """The shared part of StringIO and BytesIO: a buffer and a position."""

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return self._buf

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position {}'.format(pos))
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('Invalid whence ({}, should be 0, 1 or 2)'.format(whence))
        return self._pos

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check_closed()
        nl = self._buf.find(self._newline, self._pos)
        end = len(self._buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value {}'.format(size))
        self._buf = self._buf[:size]
        return size

    def write(self, s):
        self._check_closed()
        self._check_type(s)
        n = len(s)
        if n == 0:
            return 0
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf = buf + self._empty * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return n


class StringIO(_Memory, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    _empty = ''
    _newline = '\n'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not {}'.format(type(initial_value).__name__))
        self._buf = initial_value
        self._pos = 0

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError('string argument expected, got {!r}'.format(type(s).__name__))

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return '<_io.StringIO object at {:#x}>'.format(id(self))


class BytesIO(_Memory, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _empty = b'\0'
    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        self._buf = bytes(initial_bytes or b'')
        self._pos = 0

    def _check_type(self, s):
        if not isinstance(s, (bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not '{}'".format(type(s).__name__))

    def write(self, s):
        return _Memory.write(self, bytes(s))

    def getbuffer(self):
        return memoryview(self._buf)

    def read1(self, size=-1):
        return self.read(size)


StringIO.__module__ = BytesIO.__module__ = '_io'
