# Position markers under a failing call in a statement whose line holds more than the call.
class Parser:
    def __init__(self, text):
        self.text = text
    def number(self):
        return int(self.text)

def total(items):
    result = 0
    for it in items:
        result = result + Parser(it).number() * 2
    return result

print(total(['1', '2']))
print(total(['3', 'four']))
