#!/usr/bin/env python3
"""Writes shared/kernels/hash-table/set-table-fixtures.json: random programs of
set operations and the iteration order python3's sets have after each step.

hash-table/set-table.test.ts replays every program on SetTable and compares.
Each program has a pool of distinct values (ints that collide in the table,
equal values of different types such as 1, 1.0 and True, ints that hash alike
without being equal, strs, tuples), encoded as in scripts/hash_fixture_keys.py,
and four set variables S0..S3, all empty at the start. Operations name pool
values and variables by index:
  ['add', t, k]  ['discard', t, k]  ['pop', t]  ['clear', t]  ['fhash', t]
  ['update', t, kind, arg]    S[t].update(arg)      kind: 'list' (pool indices),
  ['new', t, kind, arg]       S[t] = set(arg)             'dict' (dict.fromkeys of them)
  ['copy', t, s]              S[t] = S[s].copy()          or 'set' (a variable)
  ['binop', t, op, a, b]      S[t] = S[a] op S[b], op in | & - ^
  ['inplace', t, op, s]       S[t] op= S[s]
  ['method', t, name, a, kind, arg]   S[t] = S[a].name(arg)
  ['method_update', t, name, kind, arg]   S[t].name(arg)
After each operation the program records [order of S[t] as pool indices] plus,
for pop, the popped index (-1 and KeyError's message when empty) and, for fhash, hash(frozenset(S[t])).
The 'big' section checks sets past 50000 items (where growth is by 2, not 4)
through a checksum of the iteration order. Runs under PYTHONHASHSEED=0.

Usage: python3 scripts/generate-set-table-fixtures.py [--stdout]
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
from hash_fixture_keys import encode, random_str, require_hashseed_zero  # noqa: E402

require_hashseed_zero()
OUT = os.path.join(os.path.dirname(__file__), '..', 'shared', 'kernels', 'hash-table', 'set-table-fixtures.json')
rng = random.Random(3118)
P = 2 ** 61 - 1


def pool_values(kind, n):
    if kind == 'collide':
        step = rng.choice([8, 16, 32, 64, 1024, 2 ** 32, 2 ** 40])
        return [rng.randrange(-20, 60) * step + rng.choice([0, 0, 0, 1]) for _ in range(n)] + [-1, -2]
    if kind == 'ints':
        return [rng.randrange(-50, 500) for _ in range(n)]
    if kind == 'numeric':
        out = []
        for _ in range(n):
            x = rng.randrange(-30, 30)
            out.append(rng.choice([x, float(x), x + P, x - P, x * P, x + 0.5, x == 1, x == 0, 2 ** 70 + x]))
        return out
    if kind == 'strs':
        return [random_str(rng, rng.choice([0x80, 0x100, 0x10000, 0x110000]))[:rng.randrange(1, 6)] for _ in range(n)]
    if kind == 'tuples':
        return [tuple(rng.choice([rng.randrange(-3, 3), 'ab'[:rng.randrange(3)], (rng.randrange(3),)])
                      for _ in range(rng.randrange(0, 3))) for _ in range(n)]
    return pool_values(rng.choice(['collide', 'ints', 'numeric', 'strs', 'tuples']), n // 2) + \
        pool_values(rng.choice(['collide', 'ints', 'numeric', 'strs', 'tuples']), n // 2)


def make_pool():
    kind = rng.choice(['collide', 'ints', 'numeric', 'strs', 'tuples', 'mixed'])
    seen = set()
    pool = []
    for v in pool_values(kind, rng.choice([6, 12, 25, 50, 100])):
        key = (type(v), v)
        if key not in seen:
            seen.add(key)
            pool.append(v)
    return pool


def random_op(npool):
    t = rng.randrange(4)
    other = rng.randrange(4)
    k = rng.randrange(npool)
    some = [rng.randrange(npool) for _ in range(rng.choice([0, 1, 3, 8, 20, 60]))]
    kind = rng.choice(['list', 'dict', 'set'])
    arg = other if kind == 'set' else some
    r = rng.random()
    if r < 0.40:
        return ['add', t, k]
    if r < 0.55:
        return ['discard', t, k]
    if r < 0.62:
        return ['pop', t]
    if r < 0.63:
        return ['clear', t]
    if r < 0.65:
        return ['fhash', t]
    if r < 0.71:
        return ['update', t, kind, arg]
    if r < 0.75:
        return ['new', t, kind, arg]
    if r < 0.77:
        return ['copy', t, other]
    if r < 0.83:
        return ['binop', t, rng.choice('|&-^'), rng.randrange(4), other]
    if r < 0.88:
        return ['inplace', t, rng.choice(['|=', '&=', '-=', '^=']), other]
    if r < 0.94:
        return ['method', t, rng.choice(['union', 'intersection', 'difference', 'symmetric_difference']),
                rng.randrange(4), kind, arg]
    return ['method_update', t, rng.choice(['intersection_update', 'difference_update', 'symmetric_difference_update']),
            kind, arg]


def run(pool, ops):
    index = {id(v): i for i, v in enumerate(pool)}
    S = [set(), set(), set(), set()]
    out = []

    def argument(kind, arg):
        if kind == 'set':
            return S[arg]
        items = [pool[i] for i in arg]
        return items if kind == 'list' else dict.fromkeys(items)

    for op in ops:
        name, t = op[0], op[1]
        extra = []
        if name == 'add':
            S[t].add(pool[op[2]])
        elif name == 'discard':
            S[t].discard(pool[op[2]])
        elif name == 'pop':
            try:
                extra = [index[id(S[t].pop())]]
            except KeyError as e:
                extra = [-1, e.args[0]]
        elif name == 'clear':
            S[t].clear()
        elif name == 'fhash':
            extra = [str(hash(frozenset(S[t])))]
        elif name == 'update':
            S[t].update(argument(op[2], op[3]))
        elif name == 'new':
            S[t] = set(argument(op[2], op[3]))
        elif name == 'copy':
            S[t] = S[op[2]].copy()
        elif name == 'binop':
            a, b = S[op[3]], S[op[4]]
            S[t] = {'|': a.__or__, '&': a.__and__, '-': a.__sub__, '^': a.__xor__}[op[2]](b)
        elif name == 'inplace':
            a, b = S[t], S[op[3]]
            if op[2] == '|=':
                a |= b
            elif op[2] == '&=':
                a &= b
            elif op[2] == '-=':
                a -= b
            else:
                a ^= b
        elif name == 'method':
            S[t] = getattr(S[op[3]], op[2])(argument(op[4], op[5]))
        elif name == 'method_update':
            getattr(S[t], op[2])(argument(op[3], op[4]))
        out.append([[index[id(v)] for v in S[t]]] + extra)
    return out


def checksum(values):
    h = 0
    for v in values:
        h = (h * 1000003 + v) & 0xffffffff
    return h


def big():
    """Sets past 50000 items: [count, multiplier, remove step, pops, checksums]."""
    cases = []
    for count, mult, step, pops in [(70000, 1, 3, 100), (60000, 7, 2, 10), (120000, 8, 5, 1000), (52000, 1, 1000, 0)]:
        s = set()
        for i in range(count):
            s.add(i * mult)
        sums = [checksum(s)]
        for i in range(0, count, step):
            s.discard(i * mult)
        sums.append(checksum(s))
        for _ in range(pops):
            s.pop()
        sums.append(checksum(s))
        t = set(s)
        sums.append(checksum(t))
        s.update(range(0, count * mult, mult * 3))
        sums.append(checksum(s))
        cases.append([count, mult, step, pops, sums])
    return cases


def fixed_programs():
    """pop() after clear() and after &= (the finger stays with the set object)."""
    pool = list(range(8))
    ops = [['add', 0, k] for k in range(4)] + [['pop', 0], ['pop', 0], ['pop', 0], ['clear', 0]] \
        + [['add', 0, k] for k in range(5)] + [['pop', 0]] \
        + [['update', 1, 'list', [0, 1, 2, 3]], ['pop', 1], ['pop', 1], ['update', 2, 'list', [5, 6]],
           ['inplace', 1, '&=', 2], ['update', 1, 'list', [0, 1, 2, 3]], ['pop', 1],
           ['pop', 3], ['discard', 1, 7], ['method_update', 1, 'intersection_update', 'list', [0, 7]], ['pop', 1]]
    return [(pool, ops)]


def main():
    programs = []
    for pool, ops in fixed_programs():
        programs.append({'pool': [encode(v) for v in pool], 'ops': ops, 'expect': run(pool, ops)})
    for _ in range(300):
        pool = make_pool()
        ops = [random_op(len(pool)) for _ in range(rng.choice([10, 25, 50]))]
        programs.append({'pool': [encode(v) for v in pool], 'ops': ops, 'expect': run(pool, ops)})
    text = json.dumps({'programs': programs, 'big': big()}, separators=(',', ':')) + '\n'
    if '--stdout' in sys.argv:
        sys.stdout.write(text)
    else:
        with open(OUT, 'w') as f:
            f.write(text)


main()
