# float: object-heavy float arithmetic: many small Point objects created, normalized and combined.
#
# Points get coordinates from a fixed linear congruential generator, are normalized with
# math.sqrt, kept in batches of a thousand, and folded into a running maximum by a method
# that allocates a new Point each time. The checksum prints the final point to 9 decimals.

from math import sqrt

BATCH = 1000

SIZES = {"quick": 100000, "default": 1000000, "full": 4600000}


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def normalize(self):
        norm = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        return Point(self.x if self.x > other.x else other.x,
                     self.y if self.y > other.y else other.y,
                     self.z if self.z > other.z else other.z)

    def __repr__(self):
        return "<Point: x=%.9f, y=%.9f, z=%.9f>" % (self.x, self.y, self.z)


def run(n):
    seed = 12345
    best = None
    total = 0.0
    points = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        a = seed / 2147483648.0
        x = a * 3.0 - 1.5
        y = (1.0 - a) * a * 4.0 + 0.25
        z = x * x / 2.0 - 0.125 * i / n
        p = Point(x, y, z)
        p.normalize()
        points.append(p)
        if len(points) == BATCH or i == n - 1:
            if best is None:
                best = points[0]
            for q in points:
                best = best.maximize(q)
                total += q.x - q.y + q.z
            points = []
    return "%r %.9f" % (best, total)


if __name__ == "__main__":
    from _driver import main

    main(run, SIZES)
