# An uncaught exception raised while handling another prints both sections joined by the "During handling" line.
def parse(text):
    return int(text)

def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueError:
            out.append(undefined_default)
    return out

print(load(['1', '2']))
print(load(['3', 'x']))
