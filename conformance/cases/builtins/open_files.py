# open() for text and binary reading and writing in a temporary folder the case creates and removes.
import os, tempfile, shutil
d = tempfile.mkdtemp()
try:
    p = os.path.join(d, 'notes.txt')
    with open(p, 'w') as f:
        print(f.write('line one\n'), f.write('line two\nlast'))
        print(f.mode, f.closed, os.path.basename(f.name), f.writable(), f.readable())
    print(f.closed)
    with open(p) as f:
        print(repr(f.read()))
    with open(p) as f:
        print(f.readline(), end='')
        print(f.readlines())
    with open(p) as f:
        print([l.rstrip() for l in f])
    with open(p, 'a') as f:
        f.write('\nappended')
    with open(p, 'rb') as f:
        data = f.read()
        print(type(data).__name__, len(data), data[:8], data.count(b'\n'))
    with open(p, 'r') as f:
        f.seek(5)
        print(repr(f.read(3)), f.tell())
    b = os.path.join(d, 'data.bin')
    with open(b, 'wb') as f:
        f.write(bytes(range(0, 256, 51)))
        f.write(bytearray(b'\x00\xff'))
    with open(b, 'rb') as f:
        print(list(f.read()))
    with open(b, 'r+b') as f:
        f.seek(1)
        f.write(b'\x07')
        f.seek(0)
        print(f.read(3))
    u = os.path.join(d, 'utf.txt')
    with open(u, 'w', encoding='utf-8') as f:
        f.write('héllo ☃\n')
    with open(u, 'rb') as f:
        print(f.read())
    with open(u, encoding='latin-1') as f:
        print(repr(f.read()))
    with open(u, 'x' if False else 'r', encoding='utf-8') as f:
        print(f.read().strip(), f.encoding)
    try:
        open(os.path.join(d, 'missing.txt'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, os.path.basename(e.filename))
    try:
        open(p, 'q')
    except ValueError as e:
        print('ValueError:', e)
    try:
        open(p, 'x')
    except FileExistsError as e:
        print('FileExistsError', e.strerror)
    f = open(p)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print('ValueError:', e)
    print(sorted(os.listdir(d)))
finally:
    shutil.rmtree(d)
print(os.path.exists(d))
