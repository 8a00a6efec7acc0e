# format_map with a dict and a dict subclass; isascii, rindex, rjust/ljust on non-ASCII.
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{a}-{b}'.format_map({'a': 1, 'b': 2}), '{a}-{zz}'.format_map(Default(a='A')))
print('abc'.isascii(), 'abé'.isascii(), ''.isascii())
print('a-b-c'.rindex('-'), 'a-b-c'.rindex('-', 0, 3))
print('[' + 'ñ'.rjust(3) + ']', '[' + '日本'.ljust(4, '.') + ']')
