a, *b, *c = range(10)
