# Calls with many positional and keyword arguments.
def f(*args, **kwargs):
    return args, kwargs


r = f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39)
s = f(k0=0, k1=1, k2=2, k3=3, k4=4, k5=5, k6=6, k7=7, k8=8, k9=9, k10=10, k11=11, k12=12, k13=13, k14=14, k15=15, k16=16, k17=17, k18=18, k19=19, k20=20, k21=21, k22=22, k23=23, k24=24, k25=25, k26=26, k27=27, k28=28, k29=29, k30=30, k31=31, k32=32, k33=33, k34=34, k35=35, k36=36, k37=37, k38=38, k39=39)
t = [name0, name1, name2, name3, name4, name5, name6, name7, name8, name9, name10, name11, name12, name13, name14, name15, name16, name17, name18, name19, name20, name21, name22, name23, name24, name25, name26, name27, name28, name29, name30, name31, name32, name33, name34, name35, name36, name37, name38, name39] if False else None
