# raytrace: vector objects and operator overloading: a small ray tracer rendering spheres over a plane.
#
# Vectors are immutable objects with __add__, __sub__, __mul__ and a dot product; each
# pixel casts a ray, finds the nearest hit, shades it with a point light, a shadow ray and
# one reflection bounce. The image is n x n pixels; the checksum folds the 8-bit pixel
# values into one integer.

from math import sqrt

SIZES = {"quick": 96, "default": 300, "full": 650}

EPSILON = 1e-7


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, colour, reflect):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.reflect = reflect

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.centre).normalized()

    def colour_at(self, point):
        return self.colour


class Plane:
    def __init__(self, point, normal, reflect):
        self.point = point
        self.normal = normal.normalized()
        self.reflect = reflect

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal

    def colour_at(self, point):
        checker = (int(point.x + 1000.0) + int(point.z + 1000.0)) % 2
        return Vector(0.9, 0.9, 0.9) if checker else Vector(0.2, 0.2, 0.3)


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vector(0.0, 1.0, 5.0), 1.0, Vector(0.9, 0.2, 0.2), 0.3),
            Sphere(Vector(-2.0, 0.6, 6.0), 0.6, Vector(0.2, 0.9, 0.2), 0.2),
            Sphere(Vector(1.8, 0.8, 4.2), 0.8, Vector(0.2, 0.3, 0.9), 0.5),
            Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), 0.25),
        ]
        self.light = Vector(-4.0, 6.0, 1.0)
        self.eye = Vector(0.0, 1.4, -1.5)

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return Vector(0.1, 0.1, 0.15)
        point = ray.at(t)
        normal = obj.normal_at(point)
        to_light = self.light - point
        light_distance = to_light.length()
        to_light = to_light * (1.0 / light_distance)
        brightness = 0.1
        lambert = normal.dot(to_light)
        if lambert > 0.0:
            blocker, bt = self.nearest(Ray(point, to_light))
            if blocker is None or bt > light_distance:
                brightness += lambert * 0.9
        colour = obj.colour_at(point) * brightness
        if depth > 0 and obj.reflect > 0.0:
            d = ray.direction
            bounce = d - normal * (2.0 * d.dot(normal))
            colour = colour * (1.0 - obj.reflect) + self.trace(Ray(point, bounce), depth - 1) * obj.reflect
        return colour


def to_byte(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0 + 0.5)


def run(n):
    scene = Scene()
    checksum = 0
    for row in range(n):
        for col in range(n):
            x = (col + 0.5) / n * 2.0 - 1.0
            y = 1.0 - (row + 0.5) / n * 2.0
            ray = Ray(scene.eye, Vector(x, y - 0.3, 1.5))
            c = scene.trace(ray, 2)
            pixel = (to_byte(c.x) << 16) | (to_byte(c.y) << 8) | to_byte(c.z)
            checksum = (checksum * 33 + pixel) % 4294967311
    return checksum


if __name__ == "__main__":
    from _driver import main

    main(run, SIZES)
