# iter(callable, sentinel) with a class instance and a bound method; reading chunks from a list.
class Source:
    def __init__(self, data):
        self.data = list(data)
    def read(self):
        return self.data.pop(0) if self.data else None
s = Source([3, 1, 4, 1, 5])
print(list(iter(s.read, None)))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
chunks = iter(['ab', 'cd', '', 'ignored'])
print(''.join(iter(chunks.__next__, '')))
