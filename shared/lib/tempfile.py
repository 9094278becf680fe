"""Temporary files and directories (a pure-Python subset of CPython's tempfile).

Names are made of eight random characters from CPython's alphabet; creation retries on a clash.
mkstemp returns a real file descriptor only where the engine's os module has os.open, so the file
helpers here open files with the builtin open() and 'x' mode instead.
"""

import os as _os
import sys as _sys

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    data = _os.urandom(8)
    return ''.join(_CHARACTERS[b % len(_CHARACTERS)] for b in data)


def _candidate_tempdir_list():
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    for dir in _candidate_tempdir_list():
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        if _os.path.isdir(dir) and _os.access(dir, 2):
            return dir
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % _candidate_tempdir_list())


def gettempprefix():
    """The default prefix of temporary names."""
    return template


def gettempprefixb():
    return _os.fsencode(template) if hasattr(_os, 'fsencode') else template.encode()


def gettempdir():
    """The default directory for temporary files (found once, then remembered in tempdir)."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def _sanitize_params(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, dir


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory with a unique name; returns its absolute path. The caller removes it."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def _create_file(prefix, suffix, dir, mode, **kwargs):
    for _ in range(TMP_MAX):
        name = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            return open(name, mode.replace('w', 'x', 1) if 'w' in mode else mode, **kwargs), name
        except FileExistsError:
            continue
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file with a unique name: (handle, absolute path). Without os.open the handle is the
    file object's fileno() when it has one."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    f, name = _create_file(prefix, suffix, dir, 'w' if text else 'wb')
    fd = f.fileno() if hasattr(f, 'fileno') else -1
    f.close()
    return fd, _os.path.abspath(name)


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when checked (unsafe: use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.exists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object that deletes its file when closed (when delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def close(self):
        if not self.file.closed:
            self.file.close()
        if self.delete:
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass
            self.delete = False

    def __iter__(self):
        return iter(self.file)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name, removed on close when delete is true."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    kwargs = {}
    if 'b' not in mode:
        kwargs = dict(encoding=encoding, newline=newline, errors=errors)
    f, name = _create_file(prefix, suffix, dir, mode, **kwargs)
    return _TemporaryFileWrapper(f, _os.path.abspath(name), delete)


TemporaryFile = NamedTemporaryFile
SpooledTemporaryFile = NamedTemporaryFile


class TemporaryDirectory:
    """A directory created on construction and removed with its contents by cleanup() or on exit."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        import shutil
        if _os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
