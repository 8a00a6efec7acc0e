# __getitem__ receives slice objects for a[i:j:k] and tuples for a[i, j].
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1], p[1:2], p[::3], p[:], p[1:2, 3], p['k'], p[..., 1])
print(p[-1:], type(p[1:2]).__name__)
