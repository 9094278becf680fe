# Tracebacks through exec'd and eval'd code: File "<string>" frames have no source line shown.
code = '''
def helper(x):
    return 1 / x
result = helper(0)
'''
print(eval('1 + 1'))
try:
    eval('undefined + 1')
except NameError as e:
    print('NameError:', e)
exec(code, {})
