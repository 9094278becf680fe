# os.scandir (DirEntry: name, path, is_dir/is_file/is_symlink with and without following links,
# stat, inode, repr, __fspath__, context manager, close), os.symlink/readlink, and the two-path
# OSError message of rename and symlink ("... : 'a' -> 'b'").
import os, tempfile, shutil

root = tempfile.mkdtemp()
R = lambda s: str(s).replace(root, "R")
os.mkdir(os.path.join(root, "sub"))
with open(os.path.join(root, "f.txt"), "w") as f:
    f.write("abc")
os.symlink(os.path.join(root, "sub"), os.path.join(root, "link"))
os.symlink(os.path.join(root, "gone"), os.path.join(root, "dangling"))
with os.scandir(root) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, R(e.path), e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False),
          e.is_file(follow_symlinks=False), e.stat(follow_symlinks=False).st_ino == e.inode(), os.fspath(e) == e.path)
print(entries[1].stat().st_size, type(entries[0]).__name__, entries[2].stat().st_ino == entries[3].stat().st_ino)
rel = os.path.relpath(root)
print(sorted(e.path for e in os.scandir(rel)) == sorted(os.path.join(rel, n) for n in os.listdir(root)))
print(sorted(e.name for e in os.scandir(os.path.join(root, "link"))), os.readlink(os.path.join(root, "link")) == os.path.join(root, "sub"))
try:
    type(entries[0])()
except TypeError as e:
    print(e)
try:
    os.scandir(os.path.join(root, "nope"))
except FileNotFoundError as e:
    print(e.strerror, R(e.filename))
try:
    entries[0].stat()
except FileNotFoundError as e:
    print("FileNotFoundError", R(e))
it = os.scandir(root)
next(it)
it.close()
print(list(it))
a, b = os.path.join(root, "a"), os.path.join(root, "b")
for f in (lambda: os.rename(a, b), lambda: os.symlink(root, root), lambda: os.readlink(a), lambda: os.readlink(os.path.join(root, "f.txt"))):
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, R(e.filename), R(e.filename2), R(e))
os.symlink("target", a)
print(os.readlink(a), os.path.islink(a), os.path.exists(a), os.path.lexists(a) if hasattr(os.path, "lexists") else None)
shutil.rmtree(root)
print(os.path.exists(root))
