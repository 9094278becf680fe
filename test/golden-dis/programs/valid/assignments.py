a = 1
b = c = a
a, b = b, a
a, b, c = c, b, a
x = y = z = [1, 2]
x[0] = y[1]
x.attr = 3
obj = x
obj.attr.sub = 4
x[1:2] = [5]
(p, q), r = (1, 2), 3
[s, t] = 'st'
