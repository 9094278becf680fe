if x:
    y = 1  # comment at end without newline