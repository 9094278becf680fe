# An uncaught exception's traceback goes to sys.stderr as it is at the end, here the program's own
# stdout (so it lands after what was printed before), through its write method
import sys
print("before")


class Tee:
    def __init__(self, target):
        self.target = target

    def write(self, text):
        return self.target.write(text.replace("Error", "ERROR"))

    def flush(self):
        self.target.flush()


def fail(n):
    return 10 // n


sys.stderr = Tee(sys.stdout)
print("warning text", file=sys.stderr)
fail(0)
