# Exceptions raised and caught inside loops many times; handler state is clean each time.
ok = bad = 0
for i in range(200):
    try:
        if i % 7 == 0:
            raise ValueError(i)
        ok += 1
    except ValueError as e:
        bad += 1
        last = e.args[0]
print(ok, bad, last)
results = []
for s in ['1', 'x', '3', '', '5']:
    try:
        results.append(int(s))
    except ValueError:
        results.append(None)
print(results)
