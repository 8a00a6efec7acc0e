# Comparison chains evaluate the middle operand once and short-circuit.
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(5))
print(calls)
print(1 < 2 > 0, 1 == 1 == 1, 1 == 1 != 1)
print('a' < 'b' < 'c', [1] < [1, 0] < [2])
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 in [1, 2] in [[1, 2]])
