# A collection while generators and bound methods are suspended does not disturb them.
import gc
def gen(n):
    acc = []
    for i in range(n):
        acc.append('v%d' % i)
        gc.collect()
        yield len(acc), acc[-1]
class Box:
    def __init__(self):
        self.items = list(range(5))
    def total(self):
        gc.collect()
        return sum(self.items)
g = gen(4)
m = Box().total
print(list(g), m())
print([x for x in gen(3)])
