# Support module for warnings_filters: warnings attributed to this module or to its caller.
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def old_here():
    warnings.warn("deprecated inside the helper", DeprecationWarning)


def at_level(level):
    warnings.warn("level %d" % level, stacklevel=level)
