x = 1 + \
    2
if a and \
   b:
    pass
assert x, \
       "message"
with open("a") as f, \
     open("b") as g:
    pass
s = "string with \
continuation"
y = [1,
     2, \
     3]
z = \
  4
