def guarded(cm, f):
    try:
        with cm as v:
            return f(v)
    except Exception:
        return None
    finally:
        f(None)
