# Format spec: fill characters and <, >, ^, = alignment with widths.
for v in (42, -42, 'ab', 3.5):
    print('[{:<8}] [{:>8}] [{:^8}] [{:*^9}] [{:_<6}]'.format(v, v, v, v, v))
print('[{:=8}] [{:0=8}] [{:x=+8}]'.format(-42, -42, 42))
print('[{:>3}] [{:<1}]'.format('long', 'word'))
print('[{:é^7}]'.format('x'), '[{:✓>4}]'.format(1))
