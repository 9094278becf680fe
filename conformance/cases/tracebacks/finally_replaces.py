# An exception raised inside finally replaces the in-flight one, which shows up as its context.
def close(resource):
    raise OSError(f'cannot close {resource}')

def use(resource):
    try:
        print('using', resource)
        raise ValueError('bad data in ' + resource)
    finally:
        close(resource)

use('db')
