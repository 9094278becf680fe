# Loops, branches, try/except/finally, with, assert, del, chained comparisons.
def control(items, path):
    out = []
    for i, item in enumerate(items):
        if i % 2 == 0 and item:
            continue
        elif 0 < i < 10 or not item:
            out.append(item)
        else:
            break
    else:
        out.append(None)
    while out and out[-1] is None:
        out.pop()
    try:
        with open(path) as f, open(path) as g:
            data = f.read() + g.read()
    except (OSError, ValueError) as e:
        data = str(e)
    except Exception:
        raise
    else:
        data += '!'
    finally:
        del out[:]
    assert data, 'no data'
    return data

print(control([1, 0, 2], __file__))
