# __repr__ and __str__: which one print, str(), repr(), containers and f-strings use.
class A:
    def __repr__(self):
        return 'A()'
class B:
    def __str__(self):
        return 'B-str'
    def __repr__(self):
        return 'B-repr'
class S:
    def __str__(self):
        return 'only str'
print(A(), str(A()), repr(A()), [A()])
print(B(), str(B()), repr(B()), [B(), B()], (B(),), {'k': B()})
print(f'{B()} {B()!r}', '%s %r' % (B(), B()), S())
