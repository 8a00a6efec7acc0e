# bytes and bytearray buffers allocated and freed repeatedly.
s = 0
for r in range(200):
    b = bytes(range(256)) * 2
    ba = bytearray(b)
    ba[r % 512] = 0
    s += sum(ba[::16])
print(s)
