# Lines where the failing expression is the whole statement get no markers; an attribute on None gets them.
def first(seq):
    return seq[0]

def name_of(user):
    return user.name.upper()

class User:
    def __init__(self, name):
        self.name = name

print(name_of(User('ann')))
try:
    first([])
except IndexError as e:
    print('caught', e)
print(name_of(User(None)))
