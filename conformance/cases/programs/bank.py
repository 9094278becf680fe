# Inventory / bank model: dataclasses, enum, properties, custom exceptions, ordering
from __future__ import annotations
from dataclasses import dataclass, field, asdict, replace, astuple
from enum import Enum, IntEnum, auto, Flag
from functools import total_ordering


class AccountKind(Enum):
    CHECKING = auto()
    SAVINGS = auto()
    CREDIT = "credit"


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    ADMIN = READ | WRITE


class Priority(IntEnum):
    LOW = 1
    HIGH = 3


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}")
        self.account = account
        self.amount = amount


@dataclass(order=True)
class Transaction:
    amount: int
    memo: str = field(default="", compare=False)
    tags: list = field(default_factory=list, repr=False, compare=False)


@dataclass
class Account:
    owner: str
    kind: AccountKind = AccountKind.CHECKING
    _balance: int = 0
    history: list[Transaction] = field(default_factory=list)

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0 and self.kind is not AccountKind.CREDIT:
            raise ValueError(f"negative balance {value}")
        self._balance = value

    def deposit(self, amount, memo=""):
        self.balance += amount
        self.history.append(Transaction(amount, memo))
        return self

    def withdraw(self, amount):
        if amount > self._balance and self.kind is not AccountKind.CREDIT:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(Transaction(-amount, "withdraw"))


@total_ordering
class Item:
    __slots__ = ("name", "qty", "price")

    def __init__(self, name, qty, price):
        self.name, self.qty, self.price = name, qty, price

    def __repr__(self):
        return f"Item({self.name!r}, qty={self.qty}, price={self.price:.2f})"

    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return (self.price, self.name) == (other.price, other.name)

    def __lt__(self, other):
        return (self.price, self.name) < (other.price, other.name)

    __hash__ = None


a = Account("alice")
a.deposit(100, "salary").deposit(50)
print(a)
try:
    a.withdraw(500)
except BankError as e:
    print(type(e).__name__, e, e.amount, isinstance(e, Exception), e.args)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)
c = Account("bob", AccountKind.CREDIT)
c.withdraw(30)
print(c.balance, c.kind, c.kind.name, c.kind.value, repr(c.kind))
print(asdict(a))
print(astuple(Transaction(5, "x", ["t"])))
b = replace(a, owner="alice2", history=[])
print(b, b == a, b != a)
print(sorted([Transaction(3), Transaction(-1, "a"), Transaction(2)]))
print(Transaction(1, "a") == Transaction(1, "b"), Transaction(1) < Transaction(2))
print(list(AccountKind), AccountKind["SAVINGS"], AccountKind("credit"))
try:
    AccountKind("nope")
except ValueError as e:
    print(e)
print(Perm.ADMIN, Perm.READ | Perm.WRITE, Perm.READ in Perm.ADMIN, bool(Perm(0)), list(Perm))
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]), f"{Priority.LOW}")
items = [Item("bolt", 10, 0.25), Item("nut", 100, 0.1), Item("gear", 2, 12.5), Item("axle", 1, 12.5)]
print(sorted(items))
print(max(items), min(items), items[0] >= items[1], items[2] <= items[3])
try:
    hash(items[0])
except TypeError as e:
    print(e)
try:
    items[0].colour = "red"
except AttributeError as e:
    print(e)
total = sum(i.qty * i.price for i in items)
print(f"total={total:,.2f} {total!r}")
inventory = {i.name: i for i in items}
print(sorted(inventory), Item("bolt", 0, 0.25) == inventory["bolt"], Item.__eq__(items[0], 3))
print(Account.__dataclass_fields__.keys())
print(Transaction.__eq__.__qualname__, Account.__match_args__)
