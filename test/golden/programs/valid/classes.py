class A: pass
class B(): pass
class C(A): pass
class D(A, B, metaclass=M): pass
class E(*bases, **kw): pass
class F:
    """Doc."""
    x: int = 0
    class Inner:
        def m(self): pass
    def __init__(self, x):
        self.x = x
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
@decorator
class G(Generic[T]): ...
