# Objects of every small size (1..15 blocks of 16 bytes: the allocator's fast path and its first-fit
# sizes) and of large ones (placed from the top), interleaved, with garbage between them, strings
# grown piece by piece (their old buffers freed explicitly) and explicit collections. Every object
# is checked afterwards: a block handed out twice, or a hint past a free run, shows as a wrong value.
import gc


def make(i):
    k = i % 17
    if k < 15:
        return [i] * (k * 2)              # items arrays of 0..28 words
    return list(range(i % 60 + 34))        # 34..93 words: top-down


keep = []
for i in range(1500):
    obj = make(i)
    junk = make(i * 7 + 3)                 # dies at once
    if i % 3 == 0:
        keep.append((i, obj))
    if i % 250 == 0:
        gc.collect()
    if len(keep) > 60:
        del keep[:20]                      # frees runs of mixed sizes in the middle of the heap

bad = 0
for i, obj in keep:
    if obj != make(i):
        bad += 1
print('kept', len(keep), 'bad', bad)
del keep, obj, junk

s = ''
pieces = []
for i in range(400):
    s += chr(97 + i % 26) * (i % 9)
    if i % 50 == 0:
        pieces.append(s[-20:])
print(len(s), sum(map(len, pieces)), s[-30:])

d = {}
for i in range(200):
    d[i] = (i, str(i), [i] * (i % 15))
    if i % 4 == 0:
        del d[i // 2]
print(len(d), sum(v[0] for v in d.values()), all(v[2] == [k] * (k % 15) for k, v in d.items()))
