# The format() builtin and __format__ of user classes.
print(format(255, 'x'), format(3.5, '08.3f'), format('s', '>3'), format(12), format(True))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == 'F':
            return f'{self.c * 9 / 5 + 32:.1f}F'
        return f'{self.c}C'
t = Temp(100)
print(format(t), format(t, 'F'), f'{t}', f'{t:F}', '{:F}'.format(t))
try:
    format(1, 'z')
except ValueError as e:
    print('ValueError', e)
try:
    format('s', 'd')
except ValueError as e:
    print('ValueError', e)
