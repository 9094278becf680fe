try:
    import ujson as json
except ImportError:
    import json

if json:
    from json import loads, dumps
else:
    loads = dumps = None

__all__ = ['loads', 'dumps']
__version__ = '1.0'
