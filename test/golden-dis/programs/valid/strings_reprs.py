a = 'it\'s "quoted"'
b = "tab\there\nnewline\x7f\x00"
c = b'\'"\\ \x80'
d = '\u200b\ufeff\U0010ffff'
e = """multi
line"""
f = ''
g = rb'\n'
