# Helper with a main guard: the guarded block runs only when executed as a script.
print('_guarded imported, __name__ =', __name__)
def work():
    return 'work done'
if __name__ == '__main__':
    print('_guarded running as main')
