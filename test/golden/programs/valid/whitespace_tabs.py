if x:
	a = 1
	if y:
		b = 2
	else:
		c = 3
def f():
	return	1	+	2
class C:
	x	=	1
