# Helper that fails halfway through its import.
print('_failing: before the error')
half_done = True
raise ValueError('_failing cannot be imported')
