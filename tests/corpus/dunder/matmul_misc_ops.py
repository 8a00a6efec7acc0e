# Less common operator dunders: @, divmod, <<, >>, &, |, ^ and their reflected forms.
class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'M({self.v})'
    def __matmul__(self, o):
        return M(self.v * o.v + 1)
    def __divmod__(self, o):
        return divmod(self.v, o)
    def __lshift__(self, n):
        return M(self.v << n)
    def __rshift__(self, n):
        return M(self.v >> n)
    def __and__(self, o):
        return M(self.v & o)
    def __or__(self, o):
        return M(self.v | o)
    def __xor__(self, o):
        return M(self.v ^ o)
    def __rand__(self, o):
        return M(o & self.v + 1000)
m = M(12)
print(m @ M(2), divmod(m, 5), m << 2, m >> 1, m & 10, m | 3, m ^ 5, 7 & m)
