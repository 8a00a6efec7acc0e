# Lists as stacks (append/pop) and simple queues (pop(0), insert(0)).
stack = []
for i in range(5):
    stack.append(i * i)
out = []
while stack:
    out.append(stack.pop())
print(out)
q = ['a', 'b', 'c']
q.append('d')
print(q.pop(0), q.pop(0), q)
q.insert(0, 'z')
print(q)
