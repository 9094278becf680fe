name = "world"
width, precision = 10, 4
value = 12.34567
print(f"hello {name}")
print(f"{name!r} {name!s} {name!a}")
print(f"{value:{width}.{precision}}")
print(f"{value:>{width}}|{value:<10.2f}|{value:^+10,.2f}")
print(f"{name=}")
print(f"{name = }")
print(f"{value = :.2f}")
print(f"{name=!r:>20}")
print(f"{{literal}} {{{name}}}")
print(f"{'nested'} {'x' if name else 'y'}")
print(f'{name["key"] if 0 else ""}')
print(f"{x:{'>' if a else '<'}{w}}")
print(f"{3.14:{'.'}{2}f}")
print(F"upper {name}" rf"raw \n {name}" fR'{name}\d' Rf"")
print(f"""triple
{name}
  {value:
   >10}""")
print(f'''{
    name
}''')
print("plain" f"{name}" 'more' f"{value}")
print(f"{(lambda x: x)(1)}")
print(f"{a, b}")
print(f"{*a, *b}")
print(f"{yield_ if True else 0}")
print(f"{dict(a=1)['a']}")
print(f"{x!r:^{w}}")
print(f"{ x }")
print(f"{x:}")
print(f"{x:{y}}")
print(f"")
print(f"no fields")
print(f"\N{BULLET} {name}")
