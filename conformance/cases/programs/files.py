# File-processing script: tempfile dirs, open() modes, text/binary, seek/tell, encodings, os/os.path, shutil
import os
import os.path
import shutil
import tempfile
import io
import sys

root = tempfile.mkdtemp(prefix="pyw_")
try:
    data_dir = os.path.join(root, "data", "raw")
    os.makedirs(data_dir)
    os.makedirs(data_dir, exist_ok=True)
    try:
        os.makedirs(data_dir)
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror, os.path.basename(e.filename))
    path = os.path.join(data_dir, "notes.txt")
    with open(path, "w", encoding="utf-8") as f:
        n = f.write("first line\nsecond line café\n")
        f.writelines(["third\n", "fourth"])
        print("wrote", n, f.name == path, f.mode, f.closed, f.encoding)
    print(f.closed, os.path.getsize(path), os.path.exists(path), os.path.isfile(path), os.path.isdir(data_dir))
    with open(path, encoding="utf-8") as f:
        print(repr(f.readline()), f.tell())
        print(f.readlines())
        f.seek(0)
        print([line.rstrip("\n") for line in f])
        f.seek(6)
        print(repr(f.read(4)), repr(f.read()))
    with open(path, "a") as f:
        print("\nappended", file=f, end="!")
    with open(path, "rb") as f:
        raw = f.read()
        print(len(raw), raw[:12], raw[-10:], raw.count(b"\n"), f.tell(), f.seek(-5, os.SEEK_END), f.read())
    print(raw.decode("utf-8").splitlines()[-2:], raw.decode("latin-1")[22:30])
    try:
        raw.decode("ascii")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    print(raw.decode("ascii", errors="replace")[22:32], raw.decode("ascii", "ignore")[22:30], "é".encode("ascii", "xmlcharrefreplace"))
    bpath = os.path.join(root, "blob.bin")
    with open(bpath, "wb") as f:
        f.write(bytes(range(256)))
        f.write(bytearray(b"\x00\xff"))
    with open(bpath, "r+b") as f:
        f.seek(10)
        f.write(b"XYZ")
        f.seek(8)
        print(f.read(7), os.path.getsize(bpath))
    try:
        open(os.path.join(root, "missing.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, e.filename == os.path.join(root, "missing.txt"), isinstance(e, OSError))
    try:
        open(data_dir)
    except IsADirectoryError as e:
        print("IsADirectoryError:", e.strerror)
    try:
        with open(path) as f:
            f.write("x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
    try:
        f.read()
    except ValueError as e:
        print("ValueError:", e)
    shutil.copy(path, os.path.join(root, "copy.txt"))
    os.rename(os.path.join(root, "copy.txt"), os.path.join(root, "moved.txt"))
    for name in ["a.log", "b.log", "c.txt"]:
        open(os.path.join(root, name), "w").close()
    print(sorted(os.listdir(root)), sorted(e.name for e in os.scandir(root) if e.is_dir()))
    walked = [(os.path.relpath(d, root), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(root)]
    print(sorted(walked))
    os.remove(os.path.join(root, "a.log"))
    print(os.path.exists(os.path.join(root, "a.log")), os.path.splitext("x/y.tar.gz"), os.path.split("/a/b/c"), os.path.dirname("/a/b/"))
    print(os.path.normpath("/a/./b/../c//d"), os.path.isabs("rel"), os.path.join("a", "/b", "c"), os.path.commonprefix(["/ab/c", "/ab/d"]))
    print(os.sep, os.path.expanduser("~") != "~", os.getcwd() == os.path.abspath("."), os.environ.get("PYW_NOPE", "unset"))
    sio = io.StringIO("l1\nl2\n")
    print(sio.readline(), sio.read(), sio.tell(), io.BytesIO(b"abc").read(2), sio.getvalue().upper())
    sys.stdout.write("direct write\n")
    print(sys.stdout.write("x") , flush=True)
finally:
    shutil.rmtree(root)
print(os.path.exists(root))
