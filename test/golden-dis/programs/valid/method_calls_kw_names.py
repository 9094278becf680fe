import json

data = json.dumps({'a': 1}, indent=2, sort_keys=True)
print(data, sep='', end='\n')
print('x', file=None)
