# SystemExit with a non-int, non-str code prints its str() to stderr and exits with status 1.
class Reason:
    def __str__(self):
        return 'reason object says stop'
print('start')
raise SystemExit(Reason())
