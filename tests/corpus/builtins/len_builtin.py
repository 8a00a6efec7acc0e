# len of every builtin container type and of user classes; TypeError for ints.
print(len(''), len('héllo'), len(b'ab'), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(frozenset()), len(bytearray(4)))
class L:
    def __len__(self):
        return 7
print(len(L()))
try:
    len(5)
except TypeError as e:
    print('TypeError', e)
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print('ValueError', e)
