# Objects held only in locals, containers and closures survive explicit collections.
import gc
def make():
    secret = {'k': [1, 2, 3], 's': 'text' * 3}
    def get():
        return secret
    return get
getter = make()
nested = [[[i, str(i)] for i in range(20)] for _ in range(5)]
for _ in range(3):
    gc.collect()
    tmp = [bytes(100) for _ in range(50)]
print(getter(), nested[4][19], len(tmp))
t = (1, [2, (3, {'four': 4})])
gc.collect()
print(t)
