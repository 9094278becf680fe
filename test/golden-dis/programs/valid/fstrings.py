def fmt(name, value, width):
    a = f'{name}'
    b = f'{name!r} = {value!s:>10}'
    c = f'{value:{width}.{width}}'
    d = f'plain'
    e = f'{value!a}{name=}'
    g = f'{value:08.3f} and {name:^{width}}'
    h = f'{"nested " f"{name}"}'
    return a, b, c, d, e, g, h
