import os
import os.path
import os.path as osp
from os import sep
from os import sep as s, getcwd
from os.path import *
from . import sibling
from .. import parent
from .pkg.mod import name as alias


def local_imports():
    import sys
    import collections.abc
    import collections.abc as cabc
    from json import dumps
    return sys, collections, cabc, dumps
