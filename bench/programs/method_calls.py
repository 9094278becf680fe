# method_calls: method dispatch: instance, inherited, overridden, super(), class and static methods, properties.
#
# A small class hierarchy (shapes with a mixin) is called through bound methods, through
# super() chains, through @property getters and setters, and through classmethods and
# staticmethods, in a tight loop. n is the number of loops.

SIZES = {"quick": 84000, "default": 840000, "full": 3800000}


class Shape:
    created = 0

    def __init__(self, size):
        self.size = size
        Shape.created += 1

    def area(self):
        return 0

    def describe(self):
        return self.area() + self.perimeter()

    def perimeter(self):
        return 0

    @classmethod
    def unit(cls):
        return cls(1)

    @staticmethod
    def clamp(value):
        return value if value < 1000 else value % 1000


class Square(Shape):
    def area(self):
        return self.size * self.size

    def perimeter(self):
        return 4 * self.size


class Scaled:
    def scaled_area(self, k):
        return self.area() * k


class Rect(Scaled, Square):
    def __init__(self, size, width):
        super().__init__(size)
        self._width = width

    @property
    def width(self):
        return self._width

    @width.setter
    def width(self, value):
        self._width = Shape.clamp(value)

    def area(self):
        return self.size * self._width

    def perimeter(self):
        return super().perimeter() // 2 + 2 * self._width


def run(n):
    created_before = Shape.created
    shapes = [Shape(1), Square(3), Rect(2, 5), Square.unit(), Rect.unit.__func__(Square)]
    rect = Rect(4, 7)
    total = 0
    for i in range(n):
        shape = shapes[i % 5]
        total += shape.describe()
        rect.width = rect.width + i
        total += rect.scaled_area(2) + rect.perimeter()
        total += Shape.clamp(i) + len(shape.__class__.__name__)
        describe = rect.describe
        total = (total + describe()) % 1000000007
    return "%d %d %d" % (total, rect.width, Shape.created - created_before)


if __name__ == "__main__":
    from _driver import main

    main(run, SIZES)
