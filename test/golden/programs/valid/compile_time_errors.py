f(a=1, a=2)
def g(x, x): pass
return 1
break
match s:
    case [*a, *b]:
        pass
print >> sys.stderr, "x"
try:
    pass
except:
    pass
except ValueError:
    pass
[i := 0 for i in x]
nonlocal x
