# ord() and str.__str__ on instances of a str subclass
class S(str):
    def __repr__(self):
        return 'S(' + str.__repr__(self) + ')'
class P(str):
    pass
a = S('x')
print(ord(a), ord(P('é')), ord(S('€')))
print(str.__str__(a), type(str.__str__(a)).__name__, str.__str__('plain'))
print(str(a), type(str(a)).__name__, repr(a), '%s' % a, f'{a}', f'{a!r}')
print(a.__str__(), type(a.__str__()).__name__, P('q').__str__())
try:
    ord(S('ab'))
except TypeError as e:
    print('TypeError', e)
try:
    ord(S(''))
except TypeError as e:
    print('TypeError', e)
print(str.__repr__(a), P('q').__repr__(), S('zz').upper(), type(S('zz').upper()).__name__)
print(a, P('y'), [a], (P('y'),))
print(''.join([a, P('y')]), a + 'z', type(a + 'z').__name__, str(P('é')) == 'é')
