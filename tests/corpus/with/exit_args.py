# __exit__ receives type, value and a traceback object (only checked for None-ness).
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et.__name__ if et else None, repr(ev), tb is None)
        return True
with Inspect():
    pass
with Inspect():
    raise ValueError('v')
with Inspect():
    raise StopIteration(3)
print('end')
