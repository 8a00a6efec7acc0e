# Closures over generator state and generators closing over enclosing variables.
def make_ids(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return f'{prefix}{n}'
    return next_id
a = make_ids('a')
b = make_ids('b')
print(a(), a(), b(), a())
def scaled_gen(k):
    def gen(xs):
        for x in xs:
            yield x * k
    return gen
print(list(scaled_gen(3)([1, 2, 3])), list(scaled_gen(-1)(range(3))))
