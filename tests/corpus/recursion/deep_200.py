# Recursion about 200 levels deep in plain functions, methods and mutual recursion.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(200))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(200), is_odd(199), is_even(151))
class Chain:
    def __init__(self, n):
        self.next = Chain(n - 1) if n else None
        self.n = n
    def length(self):
        return 1 + (self.next.length() if self.next else 0)
print(Chain(150).length())
def sum_list(xs):
    return 0 if not xs else xs[0] + sum_list(xs[1:])
print(sum_list(list(range(200))))
