# __getattr__ that touches a missing attribute recurses until RecursionError, uncaught; lower limit keeps the output short.
import sys
sys.setrecursionlimit(80)

class Settings:
    def __init__(self):
        self.values = {'a': 1}
    def __getattr__(self, name):
        return self.defaults[name]

s = Settings()
print(s.values)
try:
    s.colour
except RecursionError as e:
    print('caught:', e)
print(s.size)
