# An allocation bigger than any board's heap raises MemoryError, which can be caught; the heap
# stays usable afterwards.
try:
    huge = bytearray(8 * 1024 * 1024)
    print('allocated?')
except MemoryError:
    print('MemoryError caught')
small = [i for i in range(100)]
print(sum(small))
