# A module inside two levels of namespace packages (no __init__.py anywhere).
from . import sibling_leaf
LEAF = 'leaf'
