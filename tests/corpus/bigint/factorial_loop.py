# Factorials computed with a loop, printed whole.
f = 1
for i in range(1, 61):
    f *= i
    if i % 10 == 0:
        print(i, f)
print(len(str(f)), sum(int(c) for c in str(f)))
