# with calls __enter__ and __exit__; the as-target gets __enter__'s result.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et is None, ev)
        return False
with CM('a') as v:
    print('body', v)
with CM('b'):
    print('no target')
try:
    with CM('c') as v:
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
