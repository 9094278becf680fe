# Helper that defines a name, then fails with a NameError halfway through.
BEFORE = 1
print('_half_defined: running')
undefined_name_here
