# __getattr__ is called only for missing attributes; getattr with default.
class Dyn:
    real = 'real'
    def __getattr__(self, name):
        if name.startswith('x_'):
            return name[2:].upper()
        raise AttributeError(name)
d = Dyn()
print(d.real, d.x_abc, getattr(d, 'x_q'), getattr(d, 'nope', 'default'), hasattr(d, 'nope'))
try:
    d.missing
except AttributeError as e:
    print('AttributeError', e)
class Plain:
    pass
try:
    Plain().nothing
except AttributeError as e:
    print('AttributeError', e)
