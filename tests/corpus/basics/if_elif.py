# if / elif / else chains and the conditional expression.
def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'big'
for n in (-5, 0, 3, 42):
    print(n, classify(n))
for n in range(4):
    print('even' if n % 2 == 0 else 'odd')
x = 5
if x:
    print('truthy')
if not []:
    print('empty list is falsy')
