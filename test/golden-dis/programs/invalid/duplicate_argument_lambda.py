g = lambda y, **y: y
