# f-strings with nested replacement fields inside specs, expressions, dicts, calls and multiline text
import math
width, prec = 10, 3
value = math.pi
print(f"[{value:{width}.{prec}f}]", f"[{value:<{width}.{prec - 1}e}]", f"[{value:^{width * 2}}]")
for w in range(4, 9, 2):
    for p in range(0, 3):
        print(f"{w}.{p}: [{value:>{w}.{p}f}] [{-value:+{w}.{p}f}]")
fill, align = "*", "^"
print(f"[{'mid':{fill}{align}{width}}]", f"[{42:{fill}>{width},}]", f"[{1234567:{'_'}}]")
d = {"a": 1, "b": [10, 20]}
print(f"{d['a']} {d['b'][1]} {d}", f"{len(d)} {sorted(d)} {list(d.items())[0]}")
print(f"{'-'.join(str(i) for i in range(5))}", f"{max(3, 9):03d}", f"{(lambda n: n * n)(7)}")
print(f"{3 if value > 3 else 0}", f"{[x ** 2 for x in range(4)]}", f"{ {1, 2} }", f"{(1, 2)!r}")
n = 5
print(f"{n:{'>' if n > 3 else '<'}{n}}|", f"{'x' * n}", f"{n!r:{n}}|")
spec = ".2f"
print(f"{value:{spec}}", f"{value:{'.' + str(prec) + 'g'}}", f"{12:{'#' if True else ''}x}")
text = f"""first {n}
second {n * 2:>4}
third {'end'}"""
print(text)
print(f"{f'{value:.{prec}}'}", f"{f'{n:>{n}}'!r}")
print(f"{value:.{prec}}{value:.{prec}}", f"{n:{n}}{n:{n}}")
for ch in "<^>":
    print(f"|{'ab':{ch}6}|{12:{ch}6}|{1.5:{ch}6}|")
