# Helper that does not compile: an unclosed parenthesis.
print('never runs')
values = (1, 2,
def after(): pass
