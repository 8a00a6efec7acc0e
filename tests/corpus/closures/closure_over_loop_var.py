# Generators and comprehensions inside closures capture correctly.
def make(n):
    base = n * 10
    return [base + k for k in range(3)], (lambda: sum(base + k for k in range(3)))
lst, f = make(2)
print(lst, f())
def adders():
    return {name: (lambda x, d=d: x + d) for name, d in [('one', 1), ('ten', 10)]}
ad = adders()
print(ad['one'](5), ad['ten'](5))
