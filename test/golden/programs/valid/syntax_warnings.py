x = 1if y else 2
y = [0x1for x in z]
z = 0o7and 1
w = 1_0or 2
v = "\d is only a DeprecationWarning"
