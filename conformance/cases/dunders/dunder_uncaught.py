# An unsupported binary operation between user classes is uncaught and shows the ^ markers under the operands.
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
    def __repr__(self):
        return f'Meters({self.v})'

class Feet:
    def __init__(self, v):
        self.v = v

total = Meters(1) + Meters(2)
print(total)
distance = total + Feet(3)
print('not reached', distance)
