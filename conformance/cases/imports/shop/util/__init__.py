# The shop.util subpackage, empty apart from this comment.
