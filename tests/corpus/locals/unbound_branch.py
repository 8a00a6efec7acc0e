# A local bound on one arm only: fine when that arm ran, UnboundLocalError otherwise, with the
# message naming the variable; a later read of the same variable after a successful one.
def one_arm(c):
    if c:
        value = 10
    total = value + value
    return total

def elif_chain(n):
    if n == 0:
        r = 'zero'
    elif n == 1:
        r = 'one'
    elif n == 2:
        pass
    else:
        r = 'many'
    return r

def while_else(n):
    while n > 0:
        n -= 1
        if n == 5:
            found = n
            break
    else:
        pass
    return found

print(one_arm(True))
for n in range(4):
    try:
        print(n, elif_chain(n))
    except UnboundLocalError as e:
        print(n, 'error:', e)
print(while_else(10))
try:
    print(while_else(3))
except UnboundLocalError as e:
    print('while_else:', e)

def shadow():
    print(len)   # local because of the assignment below: unbound here
    len = 3
    return len

try:
    shadow()
except UnboundLocalError as e:
    print('shadow:', e)
one_arm(False)
