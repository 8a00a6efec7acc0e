# The class body runs once, top to bottom, like module code.
print('before')
class K:
    print('in body')
    x = 1
    y = x + 1
    items = [x, y]
    def m(self):
        return self.y
    print('end body', x, y)
print('after', K.y, K.items, K().m())
print(sorted(k for k in K.__dict__ if not k.startswith('__')))
