# Several context managers in one with: entered left to right, exited right to left.
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self.n
    def __exit__(self, *exc):
        print('exit', self.n, exc[0].__name__ if exc[0] else None)
with CM(1) as a, CM(2) as b, CM(3):
    print('body', a + b)
try:
    with CM('x'), CM('y'):
        raise ValueError('inside')
except ValueError:
    print('caught')
class Fails:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *e):
        print('never')
try:
    with CM('outer'), Fails():
        print('never body')
except RuntimeError as e:
    print('RuntimeError', e)
