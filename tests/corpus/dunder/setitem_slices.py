# __setitem__ and __delitem__ with slices on a list-backed user class.
class Arr:
    def __init__(self, n):
        self.data = list(range(n))
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        print('set', k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print('del', k)
        del self.data[k]
a = Arr(6)
a[1:3] = ['x', 'y', 'z']
a[0] = 'first'
del a[::2]
print(a.data, a[1:], a[-1])
