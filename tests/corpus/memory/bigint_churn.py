# Big ints created and discarded in a loop; only the final digest is printed.
acc = 0
for i in range(300):
    x = (2 ** 200 + i) * (3 ** 100 - i)
    acc ^= x % (2 ** 61 - 1)
print(acc)
