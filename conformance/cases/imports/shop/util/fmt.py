# shop.util.fmt: uses a two-dot relative import back into the parent package.
from ..pricing import PRICES

def money(cents):
    return f'${cents}.00 ({len(PRICES)} prices known)'
