# Mutual recursion without end: alternating frames never collapse, so every frame is printed (limit lowered to 40).
import sys
sys.setrecursionlimit(40)

def is_even(n):
    return is_odd(n - 1)

def is_odd(n):
    return is_even(n - 1)

is_even(10)
