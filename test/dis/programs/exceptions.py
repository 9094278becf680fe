# except*, raise from, nested handlers, return in finally.
def groups():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print('value', e)
    except* TypeError:
        print('type')

def chained():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError('wrapped') from e
    finally:
        return 'finally wins'

groups()
print(chained())
