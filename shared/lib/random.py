"""Pseudo-random numbers: the Mersenne Twister of CPython's random module, giving the same
numbers for the same seed, with its distributions and sequence helpers.

The generator's core (seeding, random(), getrandbits(), state) is the engine's native
_pyw_random.Random when there is one, as CPython's is _random.Random in C; a pure-Python
generator with the same results stands in otherwise.
"""

from math import (log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil,
                  sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin,
                  tau as TWOPI, floor as _floor, isfinite as _isfinite)
from os import urandom as _urandom
from _collections_abc import Sequence as _Sequence
from operator import index as _index
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect

__all__ = [
    "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
    "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
    "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange",
    "sample", "seed", "setstate", "shuffle", "triangular", "uniform",
    "vonmisesvariate", "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53                # bits in a float
RECIP_BPF = 2 ** -BPF
_ONE = 1


def _warn(message, category=None, stacklevel=1):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, category, stacklevel + 1)


# --- the generator core --------------------------------------------------------------------

_MASK32 = 0xFFFFFFFF


def _py_sha512(data):
    """SHA-512 of bytes (FIPS 180-4), for engines without a native digest."""
    k = _SHA512_K
    h = list(_SHA512_H0)
    m = bytes(data)
    length = len(m)
    m += b'\x80' + b'\x00' * ((111 - length) % 128) + (length * 8).to_bytes(16, 'big')
    mask = 0xFFFFFFFFFFFFFFFF

    def rotr(x, n):
        return ((x >> n) | (x << (64 - n))) & mask

    for off in range(0, len(m), 128):
        w = [int.from_bytes(m[off + 8 * i:off + 8 * i + 8], 'big') for i in range(16)]
        for i in range(16, 80):
            a, b = w[i - 15], w[i - 2]
            s0 = rotr(a, 1) ^ rotr(a, 8) ^ (a >> 7)
            s1 = rotr(b, 19) ^ rotr(b, 61) ^ (b >> 6)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & mask)
        a, b, c, d, e, f, g, hh = h
        for i in range(80):
            t1 = (hh + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g)) + k[i] + w[i]) & mask
            t2 = ((rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c))) & mask
            hh, g, f, e, d, c, b, a = g, f, e, (d + t1) & mask, c, b, a, (t1 + t2) & mask
        h = [(x + y) & mask for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return b''.join(x.to_bytes(8, 'big') for x in h)


def _sha512_constants():
    # The fractional parts of the square roots (initial hash) and cube roots (round constants)
    # of the first primes, to 64 bits.
    primes = []
    n = 2
    while len(primes) < 80:
        if all(n % p for p in primes if p * p <= n):
            primes.append(n)
        n += 1

    def iroot(x, r):
        lo, hi = 0, 1 << (x.bit_length() // r + 1)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if mid ** r <= x:
                lo = mid
            else:
                hi = mid - 1
        return lo

    h0 = tuple(iroot(p << 128, 2) & 0xFFFFFFFFFFFFFFFF for p in primes[:8])
    kk = tuple(iroot(p << 192, 3) & 0xFFFFFFFFFFFFFFFF for p in primes)
    return h0, kk


class _PyGenerator:
    """MT19937 in Python: the fallback for _pyw_random.Random, with its methods and results."""

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._mt = [0] * 624
        self._index = 0
        return self

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('Random() takes no keyword arguments')
        if len(args) > 1:
            raise TypeError('Random() requires 0 or 1 argument')
        self.seed(*args)

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s
        for i in range(1, 624):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
        self._index = 624

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i, j, n = 1, 0, len(key)
        for _ in range(max(624, n)):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _MASK32
            i += 1
            j += 1
            if i >= 624:
                mt[0] = mt[623]
                i = 1
            if j >= n:
                j = 0
        for _ in range(623):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK32
            i += 1
            if i >= 624:
                mt[0] = mt[623]
                i = 1
        mt[0] = 0x80000000

    def _twist(self):
        mt = self._mt
        for kk in range(624):
            y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % 624] & 0x7FFFFFFF)
            mt[kk] = mt[(kk + 397) % 624] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
        self._index = 0

    def _genrand(self):
        if self._index >= 624:
            self._twist()
        y = self._mt[self._index]
        self._index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        return (y ^ (y >> 18)) & _MASK32

    def seed(self, n=None):
        if n is None:
            data = _urandom(624 * 4)
            self._init_by_array([int.from_bytes(data[i:i + 4], 'little') for i in range(0, 2496, 4)])
            return
        if isinstance(n, int):
            n = abs(n)
        else:
            n = hash(n) & 0xFFFFFFFFFFFFFFFF
        key = []
        while True:
            key.append(n & _MASK32)
            n >>= 32
            if not n:
                break
        self._init_by_array(key)

    def random(self):
        a = self._genrand() >> 5
        b = self._genrand() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        k = _index(k)
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k <= 32:
            return self._genrand() >> (32 - k) if k else 0
        result = 0
        shift = 0
        while k > 0:
            r = self._genrand()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result

    def getstate(self):
        return tuple(self._mt) + (self._index,)

    def setstate(self, state):
        if not isinstance(state, tuple):
            raise TypeError('state vector must be a tuple')
        if len(state) != 625:
            raise ValueError('state vector is the wrong size')
        words = []
        for x in state[:624]:
            if not isinstance(x, int):
                raise TypeError('an integer is required')
            if x < 0:
                raise OverflowError("can't convert negative value to unsigned int")
            if x >> 64:
                raise OverflowError('Python int too large to convert to C unsigned long')
            words.append(x & _MASK32)
        index = state[624]
        if not isinstance(index, int):
            raise TypeError('an integer is required')
        if not 0 <= index <= 624:
            raise ValueError('invalid state')
        self._mt = words
        self._index = index


try:
    from _pyw_random import Random as _Generator, sha512 as _sha512_digest
except ImportError:
    _Generator = _PyGenerator
    _SHA512_H0, _SHA512_K = _sha512_constants()
    _sha512_digest = _py_sha512


# --- Random --------------------------------------------------------------------------------

class Random(_Generator):
    """A random number generator with its own state; the module's functions share one."""

    VERSION = 3     # the version of getstate()'s result

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Seed from None (OS entropy), an int, a float, or a str/bytes/bytearray."""
        if version == 1 and isinstance(a, (str, bytes)):
            text = a.decode('latin-1') if isinstance(a, bytes) else a
            x = ord(text[0]) << 7 if text else 0
            for ch in text:
                x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            x ^= len(text)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            data = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(data + _sha512_digest(data), 'big')
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version == 3:
            version, internal, self.gauss_next = state
            super().setstate(internal)
        elif version == 2:
            version, internal, self.gauss_next = state
            try:
                internal = tuple(x % (2 ** 32) for x in internal)
            except ValueError as e:
                raise TypeError from e
            super().setstate(internal)
        else:
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (version, self.VERSION))

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        # A subclass that brings its own getrandbits() draws integers from it; one that brings
        # only random() draws them from floats.
        for klass in cls.__mro__:
            if '_randbelow' in klass.__dict__:
                break
            if 'getrandbits' in klass.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in klass.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    # -- integers --

    def _randbelow_with_getrandbits(self, n):
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        random = self.random
        if n >= maxsize:
            _warn("Underlying random() generator does not supply \n"
                  "enough bits to choose from a population range this large.\n"
                  "To remove the range limitation, add a getrandbits() method.")
            return _floor(random() * n)
        limit = (maxsize - maxsize % n) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """A random int from range(start, stop, step), without building the range."""
        istart = start if type(start) is int else _range_arg(start, 'arg 1')
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError('empty range for randrange()')
        istop = stop if type(stop) is int else _range_arg(stop, 'stop')
        width = istop - istart
        istep = step if type(step) is int else _range_arg(step, 'step')
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError('empty range for randrange() (%d, %d, %d)' % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError('zero step for randrange()')
        if n <= 0:
            raise ValueError('empty range for randrange()')
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # -- sequences --

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the list x in place."""
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct positions of population, chosen without replacement, in selection order."""
        if not isinstance(population, _Sequence):
            raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
        n = len(population)
        if counts is not None:
            cum = list(_accumulate(counts))
            if len(cum) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect(cum, s)] for s in picks]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError('Sample larger than population or is negative')
        result = [None] * k
        # Below this size a pool list is cheaper than a set of the indices chosen so far.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            chosen = set()
            for i in range(k):
                j = randbelow(n)
                while j in chosen:
                    j = randbelow(n)
                chosen.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements of population chosen with replacement, optionally weighted."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                fn = n + 0.0
                return [population[_floor(random() * fn)] for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f'The number of choices must be a keyword argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)]
                for _ in _repeat(None, k)]

    # -- real-valued distributions --

    def uniform(self, a, b):
        """A random float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution between low and high, peaking at mode (default midway)."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution (Box-Muller, the second value kept for the next call)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (1 / the mean)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution: mean angle mu, concentration kappa."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * random())
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution (shape alpha, scale beta; both > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm GB.
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - random()) * beta
        # alpha < 1: Ahrens and Dieter's algorithm GS.
        while True:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1]."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution: scale alpha, shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


def _range_arg(value, what):
    """randrange's argument as an int; integral non-ints still pass, with 3.10's deprecation."""
    try:
        return _index(value)
    except TypeError:
        ivalue = int(value)
        if ivalue != value:
            _warn('randrange() will raise TypeError in the future', DeprecationWarning, 3)
            raise ValueError('non-integer %s for randrange()' % what)
        _warn('non-integer arguments to randrange() have been deprecated since Python 3.10 '
              'and will be removed in a subsequent version', DeprecationWarning, 3)
        return ivalue


class SystemRandom(Random):
    """Random numbers from the operating system's entropy source (os.urandom); no state."""

    def random(self):
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes), 'big') >> (nbytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
