# binary_trees: allocation and garbage: many short-lived complete binary trees of tuples and objects.
#
# For depths from 4 to n, builds 2^(n - depth + 4) trees of that depth (half as nested
# tuples, half as Node objects), walks them to count nodes, and drops them; one long-lived
# tree stays alive throughout. The checksum is the total node count and the long tree's.

SIZES = {"quick": 12, "default": 15, "full": 16}


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tuple_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tuple_tree(depth), make_tuple_tree(depth))


def count_tuple_tree(tree):
    left, right = tree
    if left is None:
        return 1
    return 1 + count_tuple_tree(left) + count_tuple_tree(right)


def make_node_tree(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_node_tree(depth), make_node_tree(depth))


def count_node_tree(node):
    if node.left is None:
        return 1
    return 1 + count_node_tree(node.left) + count_node_tree(node.right)


def run(n):
    long_lived = make_node_tree(n)
    total = 0
    for depth in range(4, n + 1, 2):
        trees = 1 << (n - depth + 4)
        for i in range(trees):
            if i % 2:
                total += count_node_tree(make_node_tree(depth))
            else:
                total += count_tuple_tree(make_tuple_tree(depth))
    return "%d %d" % (total, count_node_tree(long_lived))


if __name__ == "__main__":
    from _driver import main

    main(run, SIZES)
