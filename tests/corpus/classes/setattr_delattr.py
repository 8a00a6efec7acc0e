# setattr/getattr/delattr/hasattr with dynamic names; __setattr__ hook.
class Obj:
    pass
o = Obj()
for i in range(3):
    setattr(o, 'a%d' % i, i * i)
print(o.a0, o.a1, getattr(o, 'a2'), hasattr(o, 'a3'))
delattr(o, 'a1')
print(hasattr(o, 'a1'))
try:
    delattr(o, 'a1')
except AttributeError as e:
    print('AttributeError', e)
class Logged:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value * 2)
l = Logged()
l.v = 21
print(l.v)
