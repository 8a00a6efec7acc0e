# find, rfind, index, rindex with start/end; ValueError from index.
s = 'hello world, hello python'
print(s.find('hello'), s.rfind('hello'), s.find('hello', 1), s.find('xyz'))
print(s.find('o', 5, 10), s.rfind('o', 0, 10), s.find(''), s.rfind(''))
print(s.index('world'), s.rindex('o'), s.find('l', -5))
try:
    s.index('java')
except ValueError as e:
    print('ValueError', e)
try:
    s.rindex('x')
except ValueError as e:
    print('ValueError', e)
