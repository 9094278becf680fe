"""python3's side of the dis and marshal tests, one process per batch.

Reads a JSON request on stdin and prints JSON lines, one per source:
  compile  {"sources": [{"name": N, "path": P} | {"name": N, "text": T}]}
      compiles each source as `python3 -m dis` does (compile(src, name, "exec")),
      then answers {"name", "marshal": base64 of marshal.dumps(code),
      "dis": what dis.dis prints, or with "hash_only" the "sha1" and "bytes" of
      it with code-object addresses replaced by 0x?, and "sha1_compiled" for the
      compiled code object (what `python3 -m dis FILE` prints)}
      or {"name", "error": "SyntaxError: ..."} when it does not compile.
      dis is shown the code object marshal.loads reads back ("reloaded", the
      object our side reads), which differs from the compiled one only in the
      iteration order of some frozensets; "reloaded": false shows the compiled one.
  loads    {"items": [{"name": N, "marshal": base64}]}
      loads each marshal string and answers {"name", "equal": whether it equals
      the code object python3 compiled from the same source ("text" or "path"),
      field by field and floats by their bits,
      "redumped": base64 of marshal.dumps of what was loaded}.
Frozenset order depends on str hashing: run with PYTHONHASHSEED=0.
"""

import base64
import dis
import hashlib
import io
import json
import marshal
import re
import struct
import sys
import types


ADDRESS = re.compile(r"(<code object .*? at )0x[0-9a-fA-F]+")


def read_source(item):
    if "path" in item:
        with open(item["path"], "rb") as f:
            return f.read()
    return item["text"].encode("utf-8", "surrogatepass")


def dis_text(code):
    out = io.StringIO()
    dis.dis(code, file=out)
    return out.getvalue()


def normalized_sha1(text):
    """sha1 of a dis text with addresses normalised as normalizeAddresses does on our side."""
    text = ADDRESS.sub(r"\g<1>0x?", text)
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def compile_one(item, hash_only, reloaded):
    name = item["name"]
    try:
        code = compile(read_source(item), name, "exec")
    except (SyntaxError, ValueError) as e:
        return {"name": name, "error": f"{type(e).__name__}: {e}"}
    data = marshal.dumps(code)
    answer = {"name": name, "marshal": base64.b64encode(data).decode("ascii")}
    try:
        text = dis_text(marshal.loads(data) if reloaded else code)
    except ValueError as e:  # an int constant past the str-digits limit
        answer["dis_error"] = f"{type(e).__name__}: {e}"
        return answer
    if hash_only:
        answer["sha1"] = normalized_sha1(text)
        # What `python3 -m dis FILE` prints: the compiled object (differs only in some frozenset orders).
        answer["sha1_compiled"] = answer["sha1"] if not reloaded else normalized_sha1(dis_text(code))
        answer["bytes"] = len(text)
    else:
        answer["dis"] = text
    return answer


CODE_FIELDS = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize", "co_flags",
               "co_code", "co_consts", "co_names", "co_varnames", "co_cellvars", "co_freevars",
               "co_filename", "co_name", "co_qualname", "co_firstlineno", "co_linetable",
               "co_exceptiontable")


def same(a, b):
    """Equality of marshalled values, floats by their bits (so NaN equals NaN and 0.0 is not -0.0)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return struct.pack("<d", a) == struct.pack("<d", b)
    if isinstance(a, complex):
        return same(a.real, b.real) and same(a.imag, b.imag)
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, types.CodeType):
        return all(same(getattr(a, f), getattr(b, f)) for f in CODE_FIELDS)
    return a == b


def loads_one(item):
    loaded = marshal.loads(base64.b64decode(item["marshal"]))
    expected = compile(read_source(item), item["name"], "exec")
    return {"name": item["name"], "equal": same(loaded, expected),
            "redumped": base64.b64encode(marshal.dumps(loaded)).decode("ascii")}


def main():
    command = sys.argv[1]
    request = json.load(sys.stdin)
    out = sys.stdout
    if command == "compile":
        for item in request["sources"]:
            answer = compile_one(item, request.get("hash_only", False), request.get("reloaded", True))
            out.write(json.dumps(answer) + "\n")
    elif command == "loads":
        for item in request["items"]:
            out.write(json.dumps(loads_one(item)) + "\n")
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main()
