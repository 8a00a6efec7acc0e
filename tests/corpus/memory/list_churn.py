# Build and drop lists far bigger in total than a 64 KiB heap; only one is live at a time.
total = 0
for round_ in range(60):
    lst = [i * round_ for i in range(1000)]
    total += lst[-1] + len(lst)
    lst = None
print(total)
