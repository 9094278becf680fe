# A property getter raising AttributeError falls back to __getattr__; an uncaught error from a setter ends the run.
class Sensor:
    def __init__(self):
        self._v = None
    @property
    def value(self):
        if self._v is None:
            raise AttributeError('value not read yet')
        return self._v
    @value.setter
    def value(self, v):
        if v < 0:
            raise ValueError(f'negative reading: {v}')
        self._v = v
    def __getattr__(self, name):
        return f'__getattr__ saw {name}'

s = Sensor()
print(s.value)
s.value = 3
print(s.value)
s.value = -1
