# Error handlers where encode and decode differ: decoding refuses xmlcharrefreplace/namereplace
# with TypeError, surrogatepass outside the UTF codecs re-raises the codec's error (over the whole
# run), an unknown handler is looked up only on failure, and codecs outside the C fast paths wrap
# simple errors as "encoding with 'NAME' codec failed (...)" caused by the original.
def attempt(label, f):
    try:
        print(label, ascii(f()))
    except (UnicodeError, LookupError, TypeError) as e:
        print(label, '!!', type(e).__name__, e, '| cause:', type(e.__cause__).__name__ if e.__cause__ else None)
B = b'a\xc3\xa9\xff\xed\xa0\x80z'
for enc in ['utf-8', 'U8', 'ascii', 'latin-1', 'cp1252', 'utf-8-sig', 'utf-16-le', 'utf_16']:
    for errors in ['xmlcharrefreplace', 'namereplace', 'surrogatepass', 'bogus']:
        attempt(f'decode {enc} {errors}:', lambda: B.decode(enc, errors))
S = 'a\xe9\u20ac\U0001f600\udc80\ud800x'
for enc in ['utf-8', 'UTF8', 'U8', 'ascii', 'latin-1', 'l1', 'cp1252', 'utf-16', 'utf-16-le', 'utf-32-be', 'utf-8-sig']:
    for errors in ['strict', 'surrogatepass', 'surrogateescape', 'bogus']:
        attempt(f'encode {enc} {errors}:', lambda: S.encode(enc, errors))
print('abc'.encode('ascii', 'bogus'), b'ab'.decode('utf-16-le', 'bogus'), str(b'ab', 'cp1252', 'bogus'))
attempt('str():', lambda: str(b'\xed\xa0\x80', 'utf-8', 'surrogatepass'))
attempt('str():', lambda: str(b'\xff', 'utf-16-be', 'xmlcharrefreplace'))
attempt('unknown:', lambda: 'x'.encode('no-such-codec', 'bogus'))
