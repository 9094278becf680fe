"""Cache lines from Python source files (a pure-Python subset of CPython's linecache).

`cache` maps a filename to (size, mtime, lines, fullname); lazily loaded modules keep a 1-tuple
holding a function that returns their source, as in CPython.
"""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache, '' when there is no such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache, updating the cache if it doesn't contain an entry."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date (their file changed or disappeared)."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


def _read(fullname):
    with open(fullname, 'rb') as f:
        data = f.read()
    # PEP 263: a coding cookie on one of the first two lines, else UTF-8.
    encoding = 'utf-8'
    for line in data.split(b'\n')[:2]:
        stripped = line.lstrip()
        if stripped.startswith(b'#') and b'coding' in stripped:
            rest = stripped.split(b'coding', 1)[1]
            if rest[:1] in (b':', b'='):
                name = rest[1:].strip().split()[0] if rest[1:].strip() else b''
                if name:
                    encoding = name.decode('ascii', 'replace')
                    break
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    text = data.decode(encoding, 'replace')
    return text.splitlines(True)


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines; [] when the source cannot be found."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        basename = filename
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = data.splitlines(True)
                if lines and not lines[-1].endswith('\n'):
                    lines[-1] += '\n'
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                continue
            try:
                stat = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        lines = _read(fullname)
    except (OSError, UnicodeDecodeError, LookupError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    size, mtime = stat.st_size, stat.st_mtime
    cache[filename] = size, mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with a module loader's get_source, when the module has one."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def get_lines(name=name, *args, **kwargs):
                return get_source(name, *args, **kwargs)
            cache[filename] = (get_lines,)
            return True
    return False
