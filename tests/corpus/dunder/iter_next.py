# A user iterator class with __iter__ and __next__ raising StopIteration.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, 'end'))
for x in Countdown(3):
    print('x', x)
print(sum(Countdown(100)), sorted(Countdown(4)), 3 in Countdown(5))
