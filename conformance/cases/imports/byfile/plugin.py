# A plugin loaded by path (importlib.util.spec_from_file_location), under whatever name the loader picks.
print('plugin body runs as', __name__, 'package', repr(__package__))
from os import sep
VALUE = 7
def greet(who):
    return f'hello {who} from {__name__}'
