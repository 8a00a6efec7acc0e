# f-string nesting: expressions with dicts, method calls, nested f-strings and format specs.
items = {'apple': 1.5, 'kiwi': 0.25, 'melon': 3}
w = max(len(k) for k in items)
for name, price in items.items():
    print(f'{name:<{w}} | {price:>6.2f} | {"*" * int(price * 2):<6}|')
print(f"{', '.join(f'{k}={v}' for k, v in items.items())}")
print(f'{"nested {}".format("format")!r}', f'{f"{1 + 1}":>3}')
x = 3.14159
print(f'{x:.{2}f} {x:{"^"}{10}.{3}}|')
