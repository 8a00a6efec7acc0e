# An exception in __init__ propagates; no half-built object escapes the failed call.
class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError('negative: %d' % v)
        self.v = v
made = []
for v in (1, -2, 3):
    try:
        made.append(Strict(v).v)
    except ValueError as e:
        print('ValueError', e)
print(made)
