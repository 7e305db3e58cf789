# sys.argv, version_info, maxsize, modules, path and stdout.
import sys
print(sys.argv)
print(sys.version_info[:2] >= (3, 7), sys.version_info.major)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ('little', 'big'))
print(type(sys.modules).__name__, 'sys' in sys.modules, '__main__' in sys.modules)
print(type(sys.path).__name__, sys.getrecursionlimit())
sys.stdout.write('via sys.stdout\n')
print(sys.stdout is sys.__stdout__, hasattr(sys.stderr, 'write'))
print(sys.modules['__main__'].__name__)
print(type(sys.float_info.max).__name__, sys.float_info.max, sys.float_info.epsilon)
print(sys.int_info.bits_per_digit in (15, 30))
