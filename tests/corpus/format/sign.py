# Sign options + - space for ints and floats, including -0.0 and nan/inf.
for v in (5, -5, 0, 2.5, -2.5, -0.0, float('inf'), float('-inf'), float('nan')):
    print('[{:+}] [{:-}] [{: }] [{:+8}] [{: 08}]'.format(v, v, v, v, v))
