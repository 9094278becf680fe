# -*- coding: latin-1 -*-
s = "café naïve"
# comment with © and ½
b = b"bytes"
nameé = 1
