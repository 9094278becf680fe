# Building strings: concatenation, f-strings, join and a few str methods.
def work(n):
    parts = []
    s = ''
    for i in range(n):
        s += 'x'
        parts.append(f'{i}:{len(s) % 10}')
    text = ','.join(parts)
    return len(text) + text.count('1:') + len(text.upper().split(','))

print(work(200000))
