# bytearray's own repr (it escapes ' even inside "...", unlike bytes) and extended-slice assignment:
# an empty value deletes the slice, any other size must match.
for data in [b"a'b", b'a"b', b'a\'"b', b"'", b'\\', b'\x00\x7f\x80\xff\t\n\r']:
    print(repr(data), repr(bytearray(data)))
class Sub(bytearray):
    pass
print(repr(Sub(b"it's")), str(bytearray(b"'")))
for target, value in [(slice(1, 5, 2), b''), (slice(None, None, -2), bytearray()), (slice(None, None, 3), []),
                      (slice(1, 5, 2), b'xy'), (slice(1, 5, 2), b'x'), (slice(5, 1, 2), b''),
                      (slice(None, None, 2), range(3)), (slice(4, 0, -1), b''), (slice(1, 1), b'ins')]:
    ba = bytearray(b'abcdef')
    try:
        ba[target] = value
        print(target, value, '->', ba)
    except (ValueError, TypeError) as e:
        print(target, value, '!!', type(e).__name__, e, ba)
ba = bytearray(b'abcdef')
view = memoryview(ba)
try:
    ba[::2] = b''
except BufferError as e:
    print('BufferError', e)
view.release()
ba[::2] = b''
print(ba)
