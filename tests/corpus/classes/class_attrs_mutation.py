# Mutating class attributes at runtime affects all instances; methods added later work too.
class Config:
    debug = False
    def show(self):
        return f'debug={self.debug}'
a, b = Config(), Config()
print(a.show(), b.show())
Config.debug = True
print(a.show(), b.show())
def extra(self, n):
    return n * 2
Config.double = extra
print(a.double(21))
b.debug = 'own'
print(a.show(), b.show())
del Config.debug
try:
    a.show()
except AttributeError as e:
    print('AttributeError', e)
