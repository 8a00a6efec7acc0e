# Unbounded recursion raises RecursionError, which can be caught; the program continues.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError:
    print('RecursionError caught')
def ok(n):
    return n if n == 0 else ok(n - 1)
print('still works', ok(50))
class Loop:
    def __getattr__(self, name):
        return self.missing_thing
try:
    Loop().x
except RecursionError:
    print('RecursionError caught again')
