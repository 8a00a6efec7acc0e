# Leaving a with block by return, break and continue still runs __exit__.
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit', self.tag)
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(3):
    with CM(i):
        if i == 0:
            continue
        if i == 2:
            break
        print('body', i)
