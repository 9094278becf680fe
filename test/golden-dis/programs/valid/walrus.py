def walrus(data):
    if (n := len(data)) > 10:
        return n
    while (chunk := data.pop()):
        print(chunk)
    squares = [y for x in data if (y := x * x) > 4]
    return squares, y
