# sys attributes that are stable across implementations: argv type, modules, stdout.write.
import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1, isinstance(sys.argv[0], str))
print('__main__' in sys.modules, 'sys' in sys.modules, sys.modules['__main__'] is not None)
n = sys.stdout.write('written directly\n')
print(n)
print(sys.stdout.write(''), sys.stdout.write('héllo ✓\n'))
print(__name__)
