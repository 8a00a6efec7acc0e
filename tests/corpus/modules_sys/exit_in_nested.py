# sys.exit from deep inside calls and a with block: __exit__ sees SystemExit.
import sys
class Guard:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print('guard exit', et.__name__, ev.code)
        return False
def deep(n):
    if n == 0:
        with Guard():
            sys.exit(5)
    deep(n - 1)
print('start')
deep(10)
