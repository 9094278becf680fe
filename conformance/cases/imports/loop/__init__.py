# The loop package: loop.first imports loop.second, which looks back at loop.first too early.
