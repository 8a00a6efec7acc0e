# A hand-written context manager class wrapping a generator, like contextlib would.
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        else:
            try:
                self.gen.throw(ev)
            except StopIteration:
                return True
            except BaseException as e:
                if e is ev:
                    return False
                raise
def tag(name):
    print('<' + name + '>')
    try:
        yield name
    except KeyError as e:
        print('handled in gen', e)
    finally:
        print('</' + name + '>')
with GenCM(tag('p')) as t:
    print('text in', t)
with GenCM(tag('b')):
    raise KeyError('k')
print('done')
