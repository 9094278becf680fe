# "raise ... from None" suppresses the context section in the uncaught traceback.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f'unknown key {key!r}') from None

print(lookup({'a': 1}, 'a'))
lookup({'a': 1}, 'b')
