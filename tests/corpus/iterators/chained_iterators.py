# Building chains and windows of iterators by hand (no itertools).
def chain(*its):
    for it in its:
        for x in it:
            yield x
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
def batched(seq, n):
    it = iter(seq)
    while True:
        batch = [x for _, x in zip(range(n), it)]
        if not batch:
            return
        yield batch
print(list(chain([1, 2], 'ab', range(2))))
print(list(pairwise([1, 4, 9, 16])))
print(list(batched(range(7), 3)))
