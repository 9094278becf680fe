x = 1
print("with a BOM")
