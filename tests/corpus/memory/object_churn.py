# Creating and discarding many small objects with attributes and a linked structure.
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt
total = 0
for r in range(50):
    head = None
    for i in range(300):
        head = Node(i, head)
    n = head
    while n is not None:
        total += n.v
        n = n.nxt
print(total)
