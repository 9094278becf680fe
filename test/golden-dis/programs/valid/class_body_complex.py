class Config:
    """Settings."""
    debug: bool = False
    names = [n.upper() for n in ('a', 'b')]
    table = {k: v for k, v in zip(names, range(2))}
    if debug:
        level = 1
    else:
        level = 0
    for i in range(2):
        level += i
    del i
    try:
        import json
    except ImportError:
        json = None

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
