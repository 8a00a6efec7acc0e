# Float presentation types e E f F g G % and None with precisions.
for x in (0.0, 1.0, -1.5, 3.14159265, 12345.6789, 1e-7, 1e20, 0.000123456):
    print('{:e}|{:.2E}|{:f}|{:.3F}|{:g}|{:.3G}|{:%}|{:.1%}|{}|{:.3}'.format(x, x, x, x, x, x, x, x, x, x))
for x in (float('inf'), float('-inf'), float('nan')):
    print('{:e} {:F} {:g} {:%}'.format(x, x, x, x))
print('{:.0f} {:.0f} {:.0f} {:.0e}'.format(0.5, 1.5, 2.5, 15000))
print('{:#.0f} {:#g} {:#.3g}'.format(3.0, 1.0, 2.0))
