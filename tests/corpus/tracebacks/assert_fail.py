# An uncaught AssertionError with a message.
def check_sorted(xs):
    assert xs == sorted(xs), f'not sorted: {xs}'
check_sorted([1, 2, 3])
print('first ok')
check_sorted([3, 1])
