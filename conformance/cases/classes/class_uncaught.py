# An AttributeError from a missing method on an instance, uncaught, with the class name in its message.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount
        return self

acct = Account('ann').deposit(10).deposit(5)
print(acct.owner, acct.balance)
print(type(acct).__name__, vars(acct))
acct.withdraw(3)
