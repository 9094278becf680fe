def nested(a):
    try:
        try:
            a()
        except KeyError:
            a(1)
        finally:
            a(2)
    except Exception as e:
        try:
            a(e)
        except Exception:
            pass
    return a
