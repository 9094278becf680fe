café = 1
π = 3.14159
变量 = "chinese"
ﬁle = 1
ℌello = 2
Ω = Ω
def ñandú(ä, ö=1): return ä + ö
class Über: pass
print(café, π, 变量, file, Hello)
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = "mathematical letters"
s = "naïve — ✓ 😀"
