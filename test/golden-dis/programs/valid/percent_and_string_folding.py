name = 'x'
a = 'abc' 'def'
b = '%s=%r' % (name, a)
c = '%d items' % (3,)
d = 'x' * 3
e = b'ab' + b'cd'
f = 'a' + 'b'
