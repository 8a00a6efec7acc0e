# StopIteration raised from next() in user code and from user __next__.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration('finished')
        self.done = True
        return 'value'
o = Once()
print(list(o))
try:
    next(o)
except StopIteration as e:
    print('again', e)
