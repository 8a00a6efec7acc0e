# Statement forms: semicolons, one-line compound statements, backslash and bracket continuation.
a = 1; b = 2; c = a + b
if c > 2: print('one-line if', c)
for i in range(3): print('one-line for', i)
while False: pass
total = (1 +
         2 +
         3)
other = 4 + \
    5
items = [
    'x',
    'y',  # trailing comma
]
print(total, other, items)
def f(a,
      b=2,
      ):
    return a + b
print(f(1,
        ))
