# open() of a missing file, uncaught: FileNotFoundError prints errno, strerror and the relative filename it was given.
import os
print(os.path.exists('no_such_input_file.txt'))
with open('no_such_input_file.txt') as f:
    print(f.read())
