# Nested conditional expressions and their short-circuit evaluation.
def sign(x):
    return 'neg' if x < 0 else 'zero' if x == 0 else 'pos'
print([sign(v) for v in (-3, 0, 8)])
calls = []
def t(v):
    calls.append(v)
    return v
r = t('yes') if t(True) else t('no')
print(r, calls)
print((1 if False else 2) + 10, 'a' if '' else 'b', [] or 'empty' if True else 'x')
