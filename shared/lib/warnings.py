"""Issue warnings, filter them and show them (the behaviour of CPython 3.11's warnings and _warnings).

The filters are 5-tuples (action, message regex or None, category, module regex or None, lineno) in
the module-level list `filters`, looked up afresh at every warning, so catch_warnings can swap it.
A warning shown with an action other than "always" is remembered in the `__warningregistry__` of the
globals it is attributed to; a registry records the filters version it was filled under and is
emptied when the filters have changed since.

warn and warn_explicit come from the native `_pyw_warnings` when the engine has it: as CPython's C
functions they then add no frame of their own to a traceback (a warning turned into an error by the
"error" action shows the warning line as the last frame). Without it they are plain functions here.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# --- showing ----------------------------------------------------------------------------------

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    out = msg.file
    if out is None:
        out = sys.stderr
        if out is None:
            return
    text = _formatwarnmsg(msg)
    try:
        out.write(text)
    except OSError:
        pass


def _allocation_note(msg, category_name, linecache):
    # The tracemalloc part of the text for a warning given a source object.
    try:
        import tracemalloc
    except ImportError:
        return "%s: Enable tracemalloc to get the object allocation traceback\n" % category_name
    except Exception:
        return ""
    tracing = tracemalloc.is_tracing()
    try:
        tb = tracemalloc.get_object_traceback(msg.source)
    except Exception:
        tb = None
    if tb is None:
        if tracing:
            return ""
        return "%s: Enable tracemalloc to get the object allocation traceback\n" % category_name
    parts = ["Object allocated at (most recent call last):\n"]
    for frame in tb:
        parts.append('  File "%s", lineno %s\n' % (frame.filename, frame.lineno))
        text = None
        if linecache is not None:
            try:
                text = linecache.getline(frame.filename, frame.lineno)
            except Exception:
                text = None
        if text:
            parts.append("    %s\n" % text.strip())
    return "".join(parts)


def _formatwarnmsg_impl(msg):
    category_name = msg.category.__name__
    text = f"{msg.filename}:{msg.lineno}: {category_name}: {msg.message}\n"
    linecache = None
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
            linecache = None
    else:
        line = msg.line
    if line:
        text += "  %s\n" % line.strip()
    if msg.source is not None:
        text += _allocation_note(msg, category_name, linecache)
    return text


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    hook = showwarning
    if hook is not _showwarning_orig:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    hook = formatwarning
    if hook is not _formatwarning_orig:
        return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# What the hooks were, to tell when a program has replaced them.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


# --- the filters ------------------------------------------------------------------------------

def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front).

    'action' is one of "error", "ignore", "always", "default", "module" or "once";
    'message' a regex the start of the warning text must match (case-insensitively);
    'category' a class the warning must be a subclass of; 'module' a regex the module
    name must match; 'lineno' a line number, 0 for any; 'append' adds it at the end.
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    message_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _add_filter(action, message_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter matching every message and module (at the front, or the end when 'append')."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A filter already in the list moves to the front; appending one already there does nothing.
    if append:
        if item not in filters:
            filters.append(item)
    else:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""


def _processoptions(args):
    # The -W options (sys.warnoptions), each "action:message:category:module:lineno".
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    parts += [''] * (5 - len(parts))
    action, message, category, module, lineno = [p.strip() for p in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
        if message:
            message = re.escape(message)
        if module:
            module = re.escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for name in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if name.startswith(action):
            return name
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as holder
        name = category
    else:
        modname, _, name = category.rpartition('.')
        try:
            holder = __import__(modname, None, None, [name])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
    try:
        cat = getattr(holder, name)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


# --- issuing ----------------------------------------------------------------------------------

def _is_internal_frame(frame):
    """Is this a frame of the import machinery (which stack levels pass over)?"""
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename


def _next_external_frame(frame):
    """The first frame above `frame` that is not the import machinery's, or None."""
    frame = frame.f_back
    while frame is not None and _is_internal_frame(frame):
        frame = frame.f_back
    return frame


def _category_of(message, category):
    if isinstance(message, Warning):
        return message.__class__
    if category is None:
        category = UserWarning
    try:
        ok = issubclass(category, Warning)
    except TypeError:
        ok = False
    if not ok:
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    return category


def _warn_impl(message, category, stacklevel, source, skip):
    """warn's work: returns the exception the "error" action makes of the warning, or None.

    `skip` is how many frames up from here the frame calling warn is (sys._getframe(skip)).
    """
    category = _category_of(message, category)
    frame = sys._getframe(skip)
    if stacklevel <= 1 or _is_internal_frame(frame):
        while stacklevel > 1 and frame is not None:
            frame = frame.f_back
            stacklevel -= 1
    else:
        while stacklevel > 1 and frame is not None:
            frame = _next_external_frame(frame)
            stacklevel -= 1
    if frame is None:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    try:
        registry = globals['__warningregistry__']
    except KeyError:
        registry = globals['__warningregistry__'] = {}
    try:
        module = globals['__name__']
    except KeyError:
        module = "<string>"
    else:
        if module is not None and not isinstance(module, str):
            module = "<string>"
    return _explicit_impl(message, category, filename, lineno, module, registry, source)


def _seen(registry, key, record):
    """Is `key` marked in `registry` (emptied first when filled under other filters)? Marks it when `record`."""
    version = registry.get('version')
    if type(version) is not int or version != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    else:
        mark = registry.get(key)
        if mark is not None and mark:
            return True
    if record:
        registry[key] = True
    return False


def _matches(pattern, text):
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def _action_for(category, text, lineno, module):
    """The action of the first filter matching the warning (and that filter), else the default action."""
    current = filters
    if not isinstance(current, list):
        raise ValueError("_warnings.filters must be a list")
    i = 0
    while i < len(current):
        item = current[i]
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = item
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'" % type(action).__name__)
        good_msg = _matches(msg, text)
        good_mod = _matches(mod, module)
        if good_msg and issubclass(category, cat) and good_mod and (ln == 0 or lineno == ln):
            return action, item
        i += 1
    action = defaultaction
    if not isinstance(action, str):
        raise TypeError("_warnings.defaultaction must be a string, not '%s'" % type(action).__name__)
    return action, None


def _explicit_impl(message, category, filename, lineno, module, registry, source):
    if module is None:
        # (CPython's _warnings: a module of None means the interpreter is shutting down.)
        return None
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _seen(registry, key, False):
        return None
    action, item = _action_for(category, text, lineno, module)
    if action == "error":
        return message
    if action == "ignore":
        return None
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            target = registry
            if target is None:
                target = onceregistry
                if not isinstance(target, dict):
                    raise TypeError("_warnings.onceregistry must be a dict, not '%s'" % type(target).__name__)
            if _seen(target, (text, category), True):
                return None
        elif action == "module":
            if registry is not None and _seen(registry, (text, category, 0), True):
                return None
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r" % (action, item))
    show = _showwarnmsg
    if not callable(show):
        raise TypeError("warnings._showwarnmsg() must be set to a callable")
    show(WarningMessage(message, category, filename, lineno, None, None, source))
    return None


def _explicit_args(message, category, filename, lineno, module=None, registry=None,
                   module_globals=None, source=None):
    """warn_explicit's arguments checked as CPython checks them; the module normalized."""
    if not isinstance(filename, str):
        raise TypeError("warn_explicit() argument 3 must be str, not %s" % type(filename).__name__)
    if not isinstance(lineno, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(lineno).__name__)
    if module_globals is not None:
        if not isinstance(module_globals, dict):
            raise TypeError("module_globals must be a dict, not '%s'" % type(module_globals).__name__)
        try:
            import linecache
            linecache.getlines(filename, module_globals)
        except Exception:
            pass
    if module is _NOT_GIVEN:
        if filename == "":
            module = "<unknown>"
        elif filename.endswith(".py"):
            module = filename[:-3]
        else:
            module = filename
    return (message, category, filename, lineno, module, registry, source)


_NOT_GIVEN = object()

try:
    import _pyw_warnings
except ImportError:
    _pyw_warnings = None

if _pyw_warnings is not None:
    # The native warn raises what these return: the warning the "error" action makes an
    # exception of, or an exception raised on the way, without the frames of this module's
    # machinery in its traceback (CPython's is C, and has none).
    def _native_warn(message, category, stacklevel, source):
        try:
            # The frame calling the native warn is the one above this one.
            return _warn_impl(message, category, stacklevel, source, 2)
        except BaseException as exc:
            return _without_own_frames(exc)

    def _native_warn_explicit(message, category, filename, lineno, module=_NOT_GIVEN, registry=None,
                              module_globals=None, source=None):
        try:
            return _explicit_impl(*_explicit_args(message, category, filename, lineno, module, registry,
                                                  module_globals, source))
        except BaseException as exc:
            return _without_own_frames(exc)

    _OWN_CODES = frozenset(f.__code__ for f in (
        _native_warn, _native_warn_explicit, _warn_impl, _explicit_impl, _explicit_args, _action_for,
        _matches, _seen, _category_of, _next_external_frame, _is_internal_frame))

    def _without_own_frames(exc):
        tb = exc.__traceback__
        while tb is not None and tb.tb_frame.f_code in _OWN_CODES:
            tb = tb.tb_next
        exc.__traceback__ = tb
        return exc

    warn = _pyw_warnings.make_warn(_native_warn)
    warn_explicit = _pyw_warnings.make_warn_explicit(_native_warn_explicit)
else:
    def warn(message, category=None, stacklevel=1, source=None):
        """Issue a warning, or maybe ignore it or raise an exception."""
        error = _warn_impl(message, category, stacklevel, source, 2)
        if error is not None:
            raise error

    def warn_explicit(message, category, filename, lineno, module=_NOT_GIVEN, registry=None,
                      module_globals=None, source=None):
        """Low-level interface to warnings functionality."""
        error = _explicit_impl(*_explicit_args(message, category, filename, lineno, module, registry,
                                               module_globals, source))
        if error is not None:
            raise error


# --- messages and catch_warnings --------------------------------------------------------------

class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that saves the warnings filters and showwarning on entry and restores them on exit.

    With record=True, warnings are not shown but appended, as WarningMessage objects, to the
    list `with` gives. 'module' names another module to act on than warnings itself. When
    'action' is given, simplefilter(action, category, lineno, append) is applied on entry.
    """

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        self._showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning
        mod._showwarnmsg_impl = self._showwarnmsg_impl


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warn that `name` is deprecated; RuntimeError once the version `remove` names is reached."""
    remove_formatted = f"{remove[0]}.{remove[1]}"
    if _version[:2] > remove or (_version[:2] == remove and _version[3] != "alpha"):
        raise RuntimeError(f"{name!r} was slated for removal after Python {remove_formatted} alpha")
    warn(message.format(name=name, remove=remove_formatted), DeprecationWarning, stacklevel=3)


def _warn_unawaited_coroutine(coro):
    # What an engine calls when a coroutine that never ran is freed.
    lines = [f"coroutine '{coro.__qualname__}' was never awaited\n"]
    origin = getattr(coro, 'cr_origin', None)
    if origin is not None:
        import linecache, traceback
        entries = [(fn, ln, func, linecache.getline(fn, ln)) for fn, ln, func in reversed(origin)]
        lines.append("Coroutine created at (most recent call last)\n")
        lines += traceback.format_list(entries)
    warn("".join(lines).rstrip("\n"), category=RuntimeWarning, stacklevel=2, source=coro)


# --- the state --------------------------------------------------------------------------------

# The default filters of a CPython 3.11 release build with no -W options. '__main__' is a plain
# string, which matches the module name exactly (a compiled pattern is matched with .match()).
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
_defaultaction = defaultaction = "default"
_onceregistry = onceregistry = {}
_filters_version = 0
_warnings_defaults = True


def _filters_mutated():
    # Every registry filled before this is emptied when next consulted.
    global _filters_version
    _filters_version += 1


if sys.warnoptions:
    _warnings_defaults = False
    _processoptions(sys.warnoptions)
