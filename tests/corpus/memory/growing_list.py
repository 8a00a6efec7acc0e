# A list that grows by append well past many reallocation steps, then shrinks by pop.
lst = []
for i in range(4000):
    lst.append(i)
print(len(lst), lst[-1], sum(lst))
while len(lst) > 10:
    lst.pop()
print(lst)
lst2 = []
for i in range(2000):
    lst2.insert(0, i) if i < 100 else lst2.append(i)
print(lst2[:5], lst2[95:105], len(lst2))
