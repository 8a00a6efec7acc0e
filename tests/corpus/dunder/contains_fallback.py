# `in` uses __contains__, else iterates __iter__, else old-style __getitem__ from 0.
class WithContains:
    def __contains__(self, x):
        return x == 'magic'
class WithIter:
    def __iter__(self):
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print('magic' in WithContains(), 'x' in WithContains())
print(2 in WithIter(), 5 in WithIter())
print(30 in WithGetitem(), 35 in WithGetitem(), list(WithGetitem()))
