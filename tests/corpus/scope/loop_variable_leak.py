# for-loop variables remain bound after the loop (unlike comprehension variables).
for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print('NameError', e)
k = 'before'
_ = [k for k in range(5)]
print(k)
def f():
    for n in range(4):
        last = n
    return n, last
print(f())
