# contextlib's async side driven without an event loop: asynccontextmanager (enter, suppress in the
# generator, cleanup), AsyncExitStack with async and sync context managers and an async callback,
# its protocol TypeError, nullcontext under async with.
from contextlib import *

class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self): print("enter", self.name); return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")

@asynccontextmanager
async def agen(name):
    print("aenter", name)
    try:
        yield name * 2
    except LookupError as e:
        print("handled", repr(e))
    finally:
        print("aexit", name)

async def main():
    async with agen("x") as v:
        print("inside", v)
    async with agen("y"):
        raise KeyError("k")
    async with AsyncExitStack() as st:
        v = await st.enter_async_context(agen("z"))
        st.push_async_callback(lambda: _noop("cb"))
        st.enter_context(CM("sync"))
        print("stack body", v)
    try:
        async with AsyncExitStack() as st:
            await st.enter_async_context(CM("wrong"))
    except TypeError as e:
        print(e)
    async with nullcontext(3) as n:
        print("anull", n)
    return "done"

async def _noop(x):
    print("async callback", x)

print(run(main()))
