# gc-hunt test program for runtime O2-testbug: _testbug.pair(x) returns [x, 'tb'] but holds the
# fresh list only through an interior pointer while it allocates 'tb' (runtime-image/src/testbug/).
# Expected output without a forced collection: [[0, 'tb'], [1, 'tb'], [2, 'tb']]
import _testbug
rows = []
for i in range(3):
    rows.append(_testbug.pair(i))
print(rows)
