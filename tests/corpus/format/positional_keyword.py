# Field names: automatic, explicit index, keyword, attribute, index; {{ }} escapes.
print('{} {} {}'.format(1, 2, 3), '{2} {0} {1}'.format('a', 'b', 'c'), '{0}{0}'.format('x'))
print('{name} is {age}'.format(name='Ada', age=36))
class P:
    def __init__(self):
        self.x = 10
        self.items = [5, 6]
p = P()
print('{0.x} {0.items[1]} {d[key]} {lst[0]}'.format(p, d={'key': 'v'}, lst=[9]))
print('{{literal}} {} {{}}'.format('mid'))
try:
    '{} {1}'.format(1, 2)
except ValueError as e:
    print('ValueError', e)
try:
    '{5}'.format(1)
except IndexError as e:
    print('IndexError', e)
try:
    '{missing}'.format()
except KeyError as e:
    print('KeyError', e)
