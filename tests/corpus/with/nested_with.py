# Nested with statements and a context manager used twice; exceptions crossing levels.
class Res:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append('open ' + self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append('close ' + self.name + (' after ' + et.__name__ if et else ''))
        return self.name == 'catcher' and et is KeyError
log = []
with Res('catcher', log):
    with Res('inner', log):
        raise KeyError('k')
r = Res('twice', log)
with r:
    pass
with r:
    pass
print(log)
