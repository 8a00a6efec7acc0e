# finally with return, break and continue: the finally block's control flow wins.
def ret():
    try:
        return 'try'
    finally:
        print('finally runs before return')
def override():
    try:
        return 'try'
    finally:
        return 'finally'
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(ret(), override(), swallow())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
def loop_ret():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print('cleanup', i)
print(loop_ret())
