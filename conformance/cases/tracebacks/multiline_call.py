# A failure inside a call spread over several lines: the traceback shows the line where the failing expression starts.
def build(name, size, colour):
    return {'name': name, 'area': size * size, 'colour': colour.upper()}

print(build('a', 2, 'red'))
items = [
    build('b', 3, 'blue'),
    build(
        'c',
        4,
        None,
    ),
]
