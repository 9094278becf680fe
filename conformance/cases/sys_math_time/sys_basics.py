# sys constants that are the same on every engine: maxsize, version_info, byteorder, float_info, int_info, hash_info.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 11), sys.version_info < (3, 12))
print(type(sys.version_info).__name__, sys.version.startswith('3.11'), sys.hexversion >> 16 == 0x030B)
print(sys.byteorder, sys.maxunicode, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.get_int_max_str_digits(), sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan)
print(sys.hash_info.algorithm, sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), type(sys.modules).__name__)
print(sys.stdin.name if hasattr(sys.stdin, 'name') else None, sys.stdout.name, sys.stderr.name)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.float_repr_style)
print(sys.implementation.version[:2], hasattr(sys.implementation, 'name'), sys.implementation.cache_tag is None or isinstance(sys.implementation.cache_tag, str))
print(callable(sys.exit), callable(sys.getrecursionlimit), sys.builtin_module_names.__class__.__name__)
print('sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names, sys.__name__)
