# for over lists, strings, ranges; for-else; nested loops with break.
for c in 'abc':
    print(c, end=' ')
print()
for i, x in enumerate([10, 20, 30]):
    print(i, x)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for x in []:
    print('never')
else:
    print('empty for-else')
s = 0
for i in range(100):
    s += i
print(s)
