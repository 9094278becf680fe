café = 'naïve'
变量 = '中文'
emoji = '\U0001F600'
surrogate_escape = 'a\udc80b'
raw = r'\d+'
data = b'\x00\xff'
print(café, 变量)
