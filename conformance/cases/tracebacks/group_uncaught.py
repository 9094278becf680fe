# An uncaught ExceptionGroup prints the boxed 3.11 layout with numbered sub-exceptions and a nested group.
def task(n):
    if n % 2:
        raise ValueError(f'task {n} failed')
    raise TypeError(f'task {n} bad type')

errors = []
for n in range(3):
    try:
        task(n)
    except Exception as e:
        errors.append(e)
print(len(errors), 'errors collected')
raise ExceptionGroup('batch failed', [errors[0], ExceptionGroup('retry', errors[1:])])
