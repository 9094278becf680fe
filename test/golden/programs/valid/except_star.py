try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as e:
    print(e)
except* (TypeError, KeyError):
    pass
except *OSError:
    pass
else:
    pass
finally:
    pass

try:
    pass
except* Exception:
    pass
