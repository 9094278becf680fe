# The swapper package: submodules that put something else in sys.modules in their own place.
