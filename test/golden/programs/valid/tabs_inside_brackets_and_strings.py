x = (1 +
	2)
y = [
		1,
    2]
if x:
    z = """
	tab inside string
"""
