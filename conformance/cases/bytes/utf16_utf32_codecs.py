# UTF-16 and UTF-32 to text: byte order marks of either order, errors named by the byte order in use
# with CPython's reasons and ranges, and what each error handler makes of them.
cases = [
    b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a\x00b', b'\xff\xfe\x00', b'\xfe\xff\x00a\x00',
    b'\x00\xd8', b'\x00\xdc\x00\xd8', b'\x00\xd8a\x00', b'=\xd8\x00\xde', b'\x00\xd8\x00\xdc', b'\xfe\xff\xd8\x00\x00a',
]
for data in cases:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be']:
        row = []
        for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
            try:
                row.append(ascii(data.decode(enc, errors)))
            except UnicodeDecodeError as e:
                row.append(f'{e.encoding}:{e.start}-{e.end}:{e.reason}')
        print(data, enc, ' | '.join(row))
for data in [b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a', b'a\x00\x00', b'\x00\xd8\x00\x00',
             b'\x00\x00\x11\x00', b'\x00\x00\xfe\xff\x00\x00\xd8\x00']:
    for enc in ['utf-32', 'utf-32-le', 'utf-32-be']:
        row = []
        for errors in ['strict', 'replace', 'surrogatepass']:
            try:
                row.append(ascii(data.decode(enc, errors)))
            except UnicodeDecodeError as e:
                row.append(f'{e.encoding}:{e.start}-{e.end}:{e.reason}')
        print(data, enc, ' | '.join(row))
s = 'a\udc80\ud800\U0001f600'
for enc in ['utf-16', 'utf-16-be', 'utf-32-le']:
    print(enc, s.encode(enc, 'surrogatepass'), s.encode(enc, 'replace'), s.encode(enc, 'backslashreplace'))
    print(s.encode(enc, 'surrogatepass').decode(enc, 'surrogatepass') == s)
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
