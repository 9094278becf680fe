b1 = b'bytes'
b2 = B"BYTES"
b3 = br'raw\bytes'
b4 = Rb"raw"
b5 = bR'''triple raw'''
b6 = rB"""x"""
b7 = b'\x00\xff\n\t\\\'\"\101\777'
b8 = b'a' b"b" br'\c'
b9 = b''
b10 = b'\u00e9 stays six bytes'
b11 = b"""multi
line"""
