# The circ package: a and b import each other.
