from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)

    def total(self, qty: int = 1) -> float:
        return self.price * qty
