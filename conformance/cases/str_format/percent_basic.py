# printf-style % formatting: every conversion type with flags, width and precision
vals = [0, 42, -42, 255, 2 ** 70, 3.14159, -0.5, 1e20, 1e-7, True]
for v in vals:
    print("%d|%i|%5d|%-5d|%05d|%+d|% d" % ((int(v),) * 7), "%x|%X|%#x|%#o|%o" % ((int(v),) * 5))
for v in [3.14159, -0.5, 1e20, 1e-7, 0.0, -0.0, 123456.789, float("inf"), float("nan"), 2]:
    print("%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G|%.3g|%#g|%+.1f|%010.2f" % ((v,) * 12))
print("%s|%r|%a|%10s|%-10s|%.2s|%5.1s|" % ("héllo", "héllo", "héllo", "abc", "abc", "abc", "abc"))
print("%c%c%c|%3c|%-3c|" % (65, "b", 0x1F600, "x", "y"))
print("100%% sure, %s%%" % 50, "%%", "%s" % "only", "%s" % ((1, 2),), "%s %s" % (1, 2))
print("%*d|%-*d|%.*f|%*.*f" % (5, 42, 5, 42, 2, 3.14159, 8, 3, 2.71828))
print("%ld %lx %hd" % (1, 255, 3), "%u" % -5, "%F" % 1.5, "%#X" % 255, "%#.0f" % 2, "%#.3x" % 5)
print("%5s|%5r|%-5a|" % (None, None, None), "%s" % [1, "a"], "%r" % {"k": "v"}, "%.3r" % "abcdef")
print("%d" % 3.99, "%d" % -3.99, "%x" % True, "%i" % 1e20, "%o" % -8, "%x" % -255, "%#x" % -255)
print("%(a)s" % {"a": 1}, "%s" % {"a": 1}, "%(x)d-%(x)05d" % {"x": 7})
print("%-+8.2f|%+-8.2f|% 08.2f|%- 8.2f|" % (1.5, 1.5, 1.5, 1.5))
print("%.0e|%.0f|%.0g|%.10g|%.20f" % (12345.678, 0.5, 0.0001, 1 / 3, 0.1))
print("%s" % "", repr("" % ()), "%s" % b"bytes", "%s-%s" % ("é", "😀"))
