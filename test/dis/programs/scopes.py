# global, nonlocal, star-unpacking, augmented assignment, slices, annotations.
from __future__ import annotations
import os.path as osp
from collections import *

counter: int = 0

def bump(n: 'int', *rest: list[int]) -> None:
    global counter
    counter += n
    first, *middle, last = rest or (0, 0)
    data = list(range(10))
    data[1:3] = data[::2][::-1]
    data[0] **= 2
    x: dict[str, int]
    return first, middle, last, data, osp.sep

print(bump(1, 2, 3, 4), counter)
