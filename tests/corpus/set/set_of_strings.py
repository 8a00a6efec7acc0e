# Sets of strings: membership and operations, always shown sorted.
fruits = {'apple', 'banana', 'cherry'}
more = set(['cherry', 'date', 'elder', 'apple'])
print(sorted(fruits & more), sorted(fruits | more), sorted(more - fruits))
print('banana' in fruits, 'grape' in fruits)
for f in sorted(fruits ^ more):
    print(f, len(f))
print(sorted(set('the quick brown fox'.split()) - {'the'}))
