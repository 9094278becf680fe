try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except Exception as e:
    raise RuntimeError("x") from e
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    x = 1
except ValueError: pass
else: pass
finally: pass
try:
    pass
except a.b.C:
    pass
except (a or b):
    pass
