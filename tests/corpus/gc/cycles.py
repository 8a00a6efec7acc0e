# Reference cycles are collected; values reachable from live objects survive collections.
import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.other = None
keep = []
for i in range(300):
    a = Node(i)
    b = Node(-i)
    a.other = b
    b.other = a
    if i % 100 == 0:
        keep.append(a)
    if i % 50 == 0:
        gc.collect()
gc.collect()
print([(n.v, n.other.v, n.other.other is n) for n in keep])
