# LOAD_CONST followed by an operator runs as one step in the VM when both operands are small
# ints; every other case (big ints, overflow, bools, floats, subclasses) must behave as usual.
big = 2**62 - 1           # the largest small int on the board
print(big + 1, big - -1, -big - 2, big * 2, big << 1, (-big - 1) - 1)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, -7 % -3, 7 // -2)
x = -9
print(x // 4, x % 4, x >> 1, x << 3, x & 6, x | 6, x ^ 6)
print(x % 1, x // 1, x // -1)
try:
    print(x // 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(x % 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    print(x << -1)
except ValueError as e:
    print('ValueError', e)
print(True + 1, False - 1, True * 3, True & 1, True < 2, True == 1)
print(1.5 + 1, 2.5 * 2, 3.0 // 2, 7.5 % 2, 1.0 == 1, 0.5 < 1)
class Num(int):
    def __add__(self, other):
        return 'Num+%r' % (other,)
    def __lt__(self, other):
        return 'Num<%r' % (other,)
n = Num(5)
print(n + 1, n < 7, n - 1, n == 5)
acc = 0
i = 0
while i != 10:             # const compare fused with the jump
    if i % 3 == 0:
        acc += 100
    elif i < 5:
        acc -= 1
    i += 1
print(acc, i)
def f(n):
    t = 0
    while n > 0:
        t += n % 10
        n //= 10
    return t, n >= 0, n <= 0, n != 0
print(f(987654321), f(big), f(-5))
print(big + 1 > big, big + 1 == 2**62, 2**62 - 1 == big)
r = []
for v in (0, 1, -1, big, -big - 1, 2**70, -2**70):
    r.append((v < 0, v <= 1, v == 1, v != 0, v > -1, v >= 2))
print(r)
flags = [1 < 2, 2 <= 1, 3 == 3, 3 != 3, 4 > 5, 5 >= 5]
print(flags)
s = 'ab'
print(s * 2, s + 'c', s == 'ab', s < 'b')
