a, b = 1, 2
a, b = b, a
x, *rest, y = range(5)
[p, (q, r)] = 1, (2, 3)
obj.attr += 1
seq[i] *= 2
seq[1:2] = []
m[::2] = m[1:-1:2]
d = {'k': 1, 'j': 2}
e = {**d, 'z': 3}
del a, seq[0], obj.attr
i = j = 0
n: int = 5
if (w := len(seq)) > 2:
    print(w)
