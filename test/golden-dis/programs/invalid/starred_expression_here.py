x = *range(3)
