# while with break, continue and else.
i = 0
total = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    total += i
print(total)
n = 0
while True:
    n += 1
    if n > 5:
        break
print(n)
k = 0
while k < 3:
    k += 1
else:
    print('else ran', k)
k = 0
while k < 3:
    k += 1
    if k == 2:
        break
else:
    print('not printed')
print('done', k)
