# fib: call-heavy recursion: naive Fibonacci, plus a mutually recursive even/odd pair.
#
# Almost all the time goes to Python-to-Python calls with small-int arguments and returns;
# the checksum is fib(n) and the number of calls the even/odd pair made.

SIZES = {"quick": 30, "default": 35, "full": 38}


def fib(k):
    if k < 2:
        return k
    return fib(k - 1) + fib(k - 2)


def is_even(k, calls):
    calls[0] += 1
    if k == 0:
        return True
    return is_odd(k - 1, calls)


def is_odd(k, calls):
    calls[0] += 1
    if k == 0:
        return False
    return is_even(k - 1, calls)


def run(n):
    value = fib(n)
    calls = [0]
    evens = 0
    for k in range(n * 20):
        if is_even(k % 400, calls):
            evens += 1
    return "%d %d %d" % (value, evens, calls[0])


if __name__ == "__main__":
    from _driver import main

    main(run, SIZES)
