# mixing bytes and str: each direction's TypeError, ending with an uncaught one when building a message
header = b"HDR"
payload = "payload"
print(header + payload.encode(), header.decode() + payload, header + b":" + payload.encode("ascii"))
for call in [lambda: header + payload, lambda: payload + header, lambda: header.join(["x"]), lambda: payload.join([header]),
             lambda: header.replace("H", "h"), lambda: header.split(":"), lambda: header.startswith("H"), lambda: "H" in header]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(header == header.decode(), str(header), repr(header.decode()))
parts = [b"a", b"b"]
parts.append(b"c")
print(b"|".join(parts), bytes(parts[0]) + parts[1])
message = header
message += b" ok"
print(message)
message += " done"
print(message)
