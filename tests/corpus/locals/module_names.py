# Module-level names in pairs the VM runs in one dispatch (LOAD_NAME + LOAD_NAME, LOAD_NAME + a
# constant operand): names found in builtins, shadowed later, deleted, rebound; a class body and
# exec with a mapping of its own; a NameError on the second name of a pair (its traceback line).
a = 6
b = 7
print(a * b, a + 1, a - b, a // 2, a % 4, a < 10, a == 6)
print(len, abs(a - 100))
len = 5                  # a module global now shadows the builtin
print(len + a, len * 2)
del len
print(len('xyz') + 1)
s = 'ab'
print(s + s, s * 3, s[0], s == 'ab')
x = 2.5
print(x + 1, x * x, x < 3, x // 1)
big = 10 ** 30
print(big + 1, big % 7, big * big > big)

class C:
    a = 'class a'
    print(a + '!', b * 2)      # the class body's own a, then the module's b
    b = 'class b'
    print(a + b)

ns = {'p': 3, 'q': 4}
exec("print(p * q, p + 1, q - 2)", {}, ns)

class Mapping:
    def __getitem__(self, k):
        if k == 'm':
            return 40
        raise KeyError(k)
exec("print(m + 2, m * m)", {}, Mapping())

total = 0
for i in range(5):
    total = total + i
    total = total * 1
print(total)
del b
print(a + b)
