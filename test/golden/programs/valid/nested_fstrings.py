x = 1
a = f"{f'{x}'}"
b = f'''{f"{f'{x}'}"}'''
c = f"{x:{f'{x}'}}"
d = f"{'{'}{'}'}"
e = f"{x!r:{'>'}{10}}{{}}"
g = f"result: {f'{x:>{3}}'!s:5}"
h = f"{[y for y in (1, 2)]}"
i = f"{ {'a': 1}['a'] }"
j = f"{x:%H:%M}"
k = f"{x:{{}}}" if False else ""
l = f"{x:=^10}"
m = f"{x!r}" f"{x!s}" "plain" f"{x:>3}"
n = f"""{
x
}"""
o = f"""{
  x!r}"""
