f(a=1, a=2)
def g(x, x): pass
return 1
break
