# Assignment expressions (:=) in conditions, loops and comprehensions.
data = [5, 12, 3, 18, 7]
if (n := len(data)) > 3:
    print('long list', n)
i = 0
while (item := data[i]) != 3:
    print('item', item)
    i += 1
print([(x, y) for x in data if (y := x % 5) > 1])
print(y)
total = 0
print([total := total + x for x in data], total)
