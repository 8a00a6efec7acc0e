# Formatting huge values: grouping, padding, bases.
n = 2 ** 100
print('{:,}'.format(n))
print('{:_}'.format(-n))
print('{:>40}'.format(n))
print('{:x}'.format(n), '{:#o}'.format(n))
print('{:+d}'.format(n), '%d' % -n, '%x' % n)
print(f'{n:_b}'[:30])
print('{:050d}'.format(-n))
print(f'{10**40:e}', f'{10**40:.3g}')
