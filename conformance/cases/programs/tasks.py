# A task runner with retries: functools (lru_cache, singledispatch, partial, wraps, cached_property),
# exception chaining, ExceptionGroup/except*, add_note, and an uncaught error with a chained traceback.
import functools
from functools import lru_cache, singledispatch, partial, wraps, cached_property, reduce, cache
from dataclasses import dataclass, field, InitVar, KW_ONLY
from enum import Enum, StrEnum, unique, IntFlag


class Status(StrEnum):
    PENDING = "pending"
    OK = "ok"
    FAILED = "failed"


@unique
class Level(Enum):
    LOW = 1
    MID = 2
    HIGH = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None

    def __str__(self):
        return self.name.title()


class TaskError(Exception):
    pass


def retry(times):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            errors = []
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, attempt=attempt, **kwargs)
                except TaskError as e:
                    e.add_note(f"attempt {attempt}")
                    errors.append(e)
            raise ExceptionGroup(f"{fn.__name__} failed {times} times", errors)
        wrapper.times = times
        return wrapper
    return deco


@retry(3)
def flaky(n, *, attempt):
    """Succeeds on attempt n."""
    if attempt < n:
        raise TaskError(f"not yet ({attempt}/{n})")
    return f"done on {attempt}"


@dataclass(order=True, slots=True)
class Task:
    priority: int
    name: str = field(compare=False)
    _: KW_ONLY
    level: Level = Level.MID
    status: Status = Status.PENDING
    scale: InitVar[int] = 1
    cost: float = field(init=False, default=0.0)

    def __post_init__(self, scale):
        self.cost = self.priority * scale * self.level.value


class Report:
    def __init__(self, tasks):
        self.tasks = tasks
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        return sum(t.cost for t in self.tasks)


@singledispatch
def render(obj):
    return f"<{type(obj).__name__}>"


@render.register
def _(obj: int):
    return f"int:{obj}"


@render.register(list)
@render.register(tuple)
def _(obj):
    return "[" + ",".join(map(render, obj)) + "]"


@render.register
def _(obj: Task):
    return f"Task({obj.name}:{obj.status})"


@lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@cache
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    return sum(ways(n - c, coins) for c in coins if c <= n)


print(flaky(2), flaky.__name__, flaky.__doc__, flaky.times, flaky.__wrapped__.__name__)
try:
    flaky(9)
except* TaskError as eg:
    print(repr(eg), len(eg.exceptions), [e.__notes__ for e in eg.exceptions])
tasks = [Task(3, "build", level=Level.HIGH, scale=2), Task(1, "lint"), Task(2, "test", level=Level("low"))]
print(sorted(tasks), tasks[0], Task.__slots__ if hasattr(Task, "__slots__") else None)
print(Level(3), Level["LOW"], repr(Level.MID), f"{Status.OK}", Status.OK == "ok", Status("failed").upper(), list(Status))
try:
    Level(7)
except ValueError as e:
    print("ValueError:", e)
r = Report(tasks)
print(r.total, r.total, r.computed, "total" in vars(r))
print(render(5), render([1, (2, "x")]), render(tasks[1]), render(2.5), render.registry.keys() >= {object, int})
print(fib(80), fib.cache_info(), ways(30), ways.cache_info().hits > 0)
fib.cache_clear()
print(fib.cache_info())
p = partial(int, base=2)
print(p("1011"), p.func, p.args, p.keywords, repr(partial(max, 1, key=abs))[:28])
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(operator_add := (lambda a, b: a + b), [], 0))
perm = IntFlag("Perm", "R W X")
print(perm.R | perm.X, perm(7), list(perm), perm.W.value)


def load(path):
    try:
        return {"a.cfg": "x=1"}[path]
    except KeyError as e:
        raise FileNotFoundError(f"no config {path!r}") from e


def parse(path):
    try:
        text = load(path)
    except OSError:
        raise ValueError("cannot parse") 
    return text


print(parse("a.cfg"))
try:
    parse("b.cfg")
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__cause__), e.__suppress_context__)
eg = ExceptionGroup("batch", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3)])])
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest), eg.subgroup(lambda e: isinstance(e, TypeError)))
try:
    raise eg
except* ValueError as g:
    print("values", g.exceptions)
except* TypeError as g:
    print("types", g.exceptions)
parse("c.cfg")
