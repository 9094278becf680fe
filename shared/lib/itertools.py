"""Functional tools for creating and using iterators (a pure-Python version of CPython's itertools).

Each tool is a class with __iter__/__next__, as in CPython, so type names, reprs and
isinstance checks match; argument errors use CPython's messages.
"""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress', 'count',
           'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations', 'product',
           'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']

_marker = object()


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), '__add__'):
                raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        v = self._cnt
        self._cnt = v + self._step
        return v

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'{type(self).__name__}({self._cnt!r})'
        return f'{type(self).__name__}({self._cnt!r}, {self._step!r})'

    def __reduce__(self):
        if type(self._step) is int and self._step == 1:
            return (type(self), (self._cnt,))
        return (type(self), (self._cnt, self._step))


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for item in self._it:
                self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object for the specified number
    of times.  If not specified, returns the object endlessly."""

    def __init__(self, object, times=None):
        if times is not None:
            times = times.__index__() if not isinstance(times, int) else times
            if times < 0:
                times = 0
        self._obj = object
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times > 0:
            self._times -= 1
            return self._obj
        raise StopIteration

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'{type(self).__name__}({self._obj!r})'
        return f'{type(self).__name__}({self._obj!r}, {self._times})'


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _marker
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        if self._total is _marker:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    """Return a chain object whose .__next__() method returns elements from the first iterable until it
    is exhausted, then elements from the next iterable, until all of the iterables are exhausted."""

    def __new__(cls, *iterables, **kwargs):
        if cls is chain:
            _no_kwargs('chain', kwargs)
        self = object.__new__(cls)
        self._source = iter(iterables)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, iterable, /):
        self = object.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(iterable)
            for item in self._active:
                return item
            self._active = None
        raise StopIteration

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class compress:
    """Return data elements corresponding to true selector elements."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data, selectors = self._data, self._selectors
        while True:
            d = next(data)
            s = next(selectors)
            if s:
                return d


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if self._dropping:
            for x in it:
                if not self._pred(x):
                    self._dropping = False
                    return x
            raise StopIteration
        return next(it)


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._stop = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._stop = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false."""

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        for x in self._it:
            if not (bool(x) if func is None else func(x)):
                return x
        raise StopIteration


class _grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._grouper is not self:
            raise StopIteration
        if parent._currvalue is _marker:
            parent._step()
        if not self._key == parent._currkey:
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _marker
        return value


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._grouper = None

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    def __iter__(self):
        return self

    def __next__(self):
        self._grouper = None
        # Skip the rest of the current group.
        while True:
            if self._currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            elif not self._tgtkey == self._currkey:
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._grouper = grouper
        return (self._currkey, grouper)


def _islice_index(value, what):
    if value is None:
        return None
    try:
        i = value.__index__()
    except (AttributeError, TypeError):
        i = -1
    if i < 0 or i > _sys.maxsize:
        if what == 'stop':
            raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    return i


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, iterable, *args, **kwargs):
        _no_kwargs('islice', kwargs)
        n = len(args)
        if n == 1:
            start, stop, step = None, args[0], None
        elif n in (2, 3):
            start, stop = args[0], args[1]
            step = args[2] if n == 3 else None
        elif n == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        else:
            raise TypeError(f'islice expected at most 4 arguments, got {n + 1}')
        stop = _islice_index(stop, 'stop')
        start = _islice_index(start, 'start') or 0
        if step is not None:
            try:
                step = step.__index__()
            except (AttributeError, TypeError):
                step = -1
            if step <= 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
        else:
            step = 1
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        oldnext = self._next
        self._next += self._step
        if self._next < oldnext or (stop is not None and self._next > stop):
            self._next = stop
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _marker

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        try:
            if old is _marker:
                old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _marker
            raise
        self._old = new
        return (old, new)


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple
    taken from the given sequence."""

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if not isinstance(args, tuple):
            args = tuple(args)
        return self._func(*args)


class _tee_data:
    """A shared buffer with one link per value, so each tee iterator walks the same chain."""
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee:
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._it)
            link.next = _tee_data()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)



def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        n = n.__index__()
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _tee_data())
    result = [first]
    for _ in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple where the i-th element comes
    from the i-th iterable argument."""

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                its[i] = None
                result.append(self._fill)
        return tuple(result)


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            repeat = repeat.__index__()
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._pools = pools
        self._indices = None
        self._done = any(len(p) == 0 for p in pools)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if indices is None:
            self._indices = [0] * len(pools)
            return tuple(p[0] for p in pools)
        i = len(pools) - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        else:
            self._done = True
            raise StopIteration
        return tuple(p[j] for p, j in zip(pools, indices))


class combinations:
    """Return successive r-length combinations of elements in the iterable."""

    def __init__(self, iterable, r):
        if not isinstance(r, int):
            r = r.__index__()
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = tuple(iterable)
        self._r = r
        self._indices = None
        self._done = r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r = self._pool, self._r
        if self._indices is None:
            self._indices = list(range(r))
            return tuple(pool[i] for i in self._indices)
        indices = self._indices
        n = len(pool)
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[i] for i in indices)


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements
    to have successive repeats."""

    def __init__(self, iterable, r):
        if not isinstance(r, int):
            r = r.__index__()
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = tuple(iterable)
        self._r = r
        self._indices = None
        self._done = not self._pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r = self._pool, self._r
        if self._indices is None:
            self._indices = [0] * r
            return tuple(pool[i] for i in self._indices)
        indices = self._indices
        n = len(pool)
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[i] for i in indices)


class permutations:
    """Return successive r-length permutations of elements in the iterable."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            if not isinstance(r, int):
                r = r.__index__()
            if r < 0:
                raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = None
        self._cycles = None
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        if self._indices is None:
            self._indices = list(range(n))
            self._cycles = list(range(n, n - r, -1))
            return tuple(pool[i] for i in self._indices[:r])
        indices, cycles = self._indices, self._cycles
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[i] for i in indices[:r])
        self._done = True
        raise StopIteration
