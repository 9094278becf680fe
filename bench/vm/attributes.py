# Instance attribute reads and writes, method calls on a small class.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx):
        self.x += dx
        return self.x + self.y

def work(n):
    p = Point(1, 2)
    total = 0
    for i in range(n):
        total += p.moved(1) - p.y
    return total

print(work(400000))
