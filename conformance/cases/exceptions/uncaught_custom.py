# An uncaught user-defined exception from a nested module-level class shows its qualified name in the last line.
class Service:
    class Unavailable(Exception):
        pass
    def call(self, up):
        if not up:
            raise Service.Unavailable('service is down for maintenance')
        return 'ok'

s = Service()
print(s.call(True))
s.call(False)
