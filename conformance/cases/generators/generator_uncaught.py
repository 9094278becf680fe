# An exception raised inside a generator, uncaught, shows the generator frame between its consumer frames.
def parse_lines(lines):
    for n, line in enumerate(lines, 1):
        key, value = line.split('=')
        yield key.strip(), int(value)

def load(text):
    return dict(parse_lines(text.splitlines()))

print(load('a = 1\nb = 2'))
print(load('a = 1\nbroken line\nc = 3'))
