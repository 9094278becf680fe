# The enum module: members, values, iteration, lookup by value and name, auto, Flag combinations and errors.
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED.name, Color.RED.value, [m.name for m in Color.__members__.values()])
print(isinstance(Color.RED, Color), Color.RED == 1, Color.RED in Color)
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)

class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, rw.value, list(rw), Perm(0))

class Level(enum.IntEnum):
    LOW = 10
    HIGH = 20
print(Level.LOW < Level.HIGH, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW]), int(Level.LOW))
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print([m.value for m in Auto])
