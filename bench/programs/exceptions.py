# exceptions: raising and catching: a class hierarchy, try/except/else/finally, re-raise, chaining, with.
#
# Each loop raises through a few Python frames and catches by base class, uses finally
# and else blocks, re-raises with `raise ... from`, inspects args and __cause__, and runs a
# context manager whose __exit__ swallows some errors. n is the number of loops.

SIZES = {"quick": 71000, "default": 710000, "full": 3200000}


class AppError(Exception):
    def __init__(self, code, message):
        Exception.__init__(self, code, message)
        self.code = code


class ParseError(AppError):
    pass


class LimitError(AppError):
    pass


class Suppress:
    def __init__(self, counter):
        self.counter = counter

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None and issubclass(kind, LimitError):
            self.counter[0] += value.code
            return True
        return False


def parse(i):
    if i % 3 == 0:
        raise ParseError(i % 7, "bad token")
    if i % 5 == 0:
        raise LimitError(i % 11, "too big")
    if i % 7 == 0:
        raise KeyError(i)
    return i


def middle(i):
    try:
        return parse(i) * 2
    except KeyError as e:
        raise ValueError("missing %d" % e.args[0]) from e


def run(n):
    caught = [0, 0, 0, 0]
    finals = 0
    elses = 0
    suppressed = [0]
    codes = 0
    for i in range(n):
        try:
            value = middle(i)
        except ParseError as e:
            caught[0] += 1
            codes += e.code
        except AppError as e:
            caught[1] += 1
            codes += e.args[0]
        except ValueError as e:
            caught[2] += 1
            if isinstance(e.__cause__, KeyError):
                codes += 1
        else:
            elses += 1
            codes += value % 3
        finally:
            finals += 1
        with Suppress(suppressed):
            if i % 4 == 0:
                raise LimitError(i % 9, "suppressed")
        try:
            try:
                [][i]
            except IndexError:
                raise
        except LookupError:
            caught[3] += 1
    return "%s %d %d %d %d" % (caught, finals, elses, suppressed[0], codes)


if __name__ == "__main__":
    from _driver import main

    main(run, SIZES)
