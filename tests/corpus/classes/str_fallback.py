# str() falls back to __repr__ when __str__ is missing; __repr__ used inside containers.
class OnlyRepr:
    def __repr__(self):
        return '<OnlyRepr>'
class Both:
    def __repr__(self):
        return 'Both-r'
    def __str__(self):
        return 'Both-s'
print(str(OnlyRepr()), OnlyRepr(), [OnlyRepr()], f'{OnlyRepr()}')
print(str(Both()), [Both()], {Both(): 1} if False else 'skip', (Both(), 1), f'{[Both()]}')
