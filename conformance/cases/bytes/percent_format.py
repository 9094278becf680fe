# bytes %-formatting: %b and %s take buffers, %d/%x/%f numbers, %c one byte, %r/%a ascii repr
print(b"%s|%b|%5s|%-5b|" % (b"ab", bytearray(b"cd"), b"x", memoryview(b"y")))
print(b"%d %i %5d %-5d| %05d %+d %x %X %#x %o %#o" % (42, -42, 7, 7, -7, 3, 255, 255, 255, 8, 8))
print(b"%f %.2f %e %g %10.3f" % (3.14159, 2.5, 12345.678, 0.0001, -1.5))
print(b"%c%c%c" % (65, b"b", bytearray(b"c")), b"%%" % (), b"100%%" % {}, b"%r %a" % ("é", b"x"), b"%a" % (1.5,))
print(b"%(name)s=%(val)d" % {b"name": b"k", b"val": 9}, b"%s" % (b"t",), b"no args" % ())
print(bytearray(b"%s-%s") % (b"a", b"b"), type(bytearray(b"%s") % b"x").__name__)
class HasBytes:
    def __bytes__(self):
        return b"HB"
print(b"%s %b" % (HasBytes(), HasBytes()))
for fmt, args in [(b"%s", "str"), (b"%b", 5), (b"%c", 256), (b"%c", b"ab"), (b"%c", "a"), (b"%d", b"1"), (b"%s %s", (b"a",)),
                  (b"%s", (b"a", b"b")), (b"%z", 1), (b"%(k)s", (b"a",)), (b"%x", 1.5), (b"%f", b"1")]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__ + ":", e)
try:
    b"%(missing)s" % {b"k": b"v"}
except KeyError as e:
    print("KeyError:", e)
try:
    b"%(k)s" % {"k": b"v"}
except KeyError as e:
    print("KeyError:", e)
print(b"%5.2s|%.0s|%-4c|" % (b"abcdef", b"gone", 66))
