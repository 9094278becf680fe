# nbody: float arithmetic on lists: the four outer planets and the sun under Newtonian gravity.
#
# A leapfrog-style step updates velocities pairwise, then positions; the checksum is the
# system's total energy before and after n steps, printed to 9 decimals. Only +, -, *, /
# and math.sqrt are used, all exactly rounded, so every engine must agree to the last bit.

from math import sqrt

SIZES = {"quick": 24000, "default": 240000, "full": 1100000}

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24

# [x, y, z], [vx, vy, vz], mass
PLANETS = [
    ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS),
    ([4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
     [1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05], 9.54791938424326609e-04),
    ([8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
     [-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05], 2.85885980666130812e-04),
    ([1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
     [2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05], 4.36624404335156298e-05),
    ([1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01],
     [2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05], 5.15138902046611451e-05),
]


def make_system():
    bodies = []
    for pos, vel, mass in PLANETS:
        bodies.append((list(pos), [v * DAYS_PER_YEAR for v in vel], mass))
    px = py = pz = 0.0
    for _, v, m in bodies:
        px += v[0] * m
        py += v[1] * m
        pz += v[2] * m
    sun_v = bodies[0][1]
    sun_v[0] = -px / SOLAR_MASS
    sun_v[1] = -py / SOLAR_MASS
    sun_v[2] = -pz / SOLAR_MASS
    return bodies


def pairs_of(bodies):
    result = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            result.append((bodies[i], bodies[j]))
    return result


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for (p1, v1, m1), (p2, v2, m2) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * sqrt(d2))
            b1 = m1 * mag
            b2 = m2 * mag
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for p, v, _ in bodies:
            p[0] += dt * v[0]
            p[1] += dt * v[1]
            p[2] += dt * v[2]


def energy(bodies, pairs):
    e = 0.0
    for (p1, _, m1), (p2, _, m2) in pairs:
        dx = p1[0] - p2[0]
        dy = p1[1] - p2[1]
        dz = p1[2] - p2[2]
        e -= m1 * m2 / sqrt(dx * dx + dy * dy + dz * dz)
    for _, v, m in bodies:
        e += m * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) / 2.0
    return e


def run(n):
    bodies = make_system()
    pairs = pairs_of(bodies)
    before = energy(bodies, pairs)
    advance(bodies, pairs, 0.01, n)
    after = energy(bodies, pairs)
    return "%.9f %.9f" % (before, after)


if __name__ == "__main__":
    from _driver import main

    main(run, SIZES)
