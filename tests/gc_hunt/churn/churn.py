# Makes several times the tiny board's 64 KiB heap in garbage while keeping a little alive, so a
# correct run collects many times: the heap watcher must see those collections and no stale access.
keep = []
for i in range(400):
    row = [str(i * j) for j in range(8)]
    if i % 50 == 0:
        keep.append(row)
print(len(keep), sum(len(r) for r in keep), keep[-1][-1])
