# Precision truncates strings; s and r conversions; nested width/precision fields.
print('[{:.3}] [{:10.3}] [{:<6.2s}] [{:>8.0}]'.format('abcdef', 'abcdef', 'xyz', 'abc'))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'))
print('{0!r:>10} {0!s:*^9}'.format('hi'))
w, p = 12, 3
print('[{:{}.{}f}]'.format(3.14159265, w, p), '[{:{w}.{p}f}]'.format(2.71828, w=w, p=p))
print('[{:{fill}{align}{width}}]'.format('x', fill='-', align='^', width=7))
