# f-strings: expressions, nested specs, !r/!s conversions, = debugging, quotes.
name = 'Ada'
n = 1234.5678
w = 12
print(f'{name}', f'{name!r}', f'{name!s:>6}', f'{name:*^9}')
print(f'{n:.2f}', f'{n:{w}.{2}f}|', f'{n:>{w},.1f}|', f'{n:e}')
print(f'{1 + 2} {[x * 2 for x in range(3)]} {"quoted"} {len(name)}')
print(f'{n=}', f'{name = }', f'{n=:.1f}')
d = {'k': 'v'}
print(f"{d['k']} {{braces}} {3!r:>4}")
print(f'{"é":✓^5}', f'{-42:+08d}', f'{255:#x}', f'{0.25:.0%}')
print(f'''multi {name}
line''')
x = 7
print(f'{x if x > 5 else -x}', f'{(lambda: "l")()}')
