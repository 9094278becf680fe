# Helper for star imports: __all__ limits what "from _stars_all import *" binds.
__all__ = ['exported', '_also_exported']
exported = 'exported'
_also_exported = 'underscore but listed'
not_listed = 'not listed'
