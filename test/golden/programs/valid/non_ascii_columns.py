s = "é"; t = 1
ü = "日本語" + x; v = (ü, s)
emoji = "😀😀"; after = emoji[0]
print("αβγ", 'δ', f"{s}ε{t}", b"x")
# comment with é then code on next line
w = {"ключ": "значение", 'k': ü}
def φ(θ): return θ * 2
