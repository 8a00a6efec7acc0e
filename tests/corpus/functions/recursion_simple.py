# Simple recursive functions: factorial, fibonacci, gcd, power set size.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
def subsets(xs):
    if not xs:
        return [[]]
    rest = subsets(xs[1:])
    return rest + [[xs[0]] + r for r in rest]
print(fact(10), fact(30), fib(20), gcd(1071, 462), len(subsets([1, 2, 3, 4])), subsets([1, 2]))
