# sort and sorted with key and reverse; stability keeps equal keys in input order.
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig', 'apple']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
people = [('amy', 30), ('bob', 25), ('cat', 30), ('dan', 25), ('eve', 35)]
people.sort(key=lambda p: p[1])
print(people)
people.sort(key=lambda p: p[1], reverse=True)
print(people)
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums, sorted(nums, reverse=True))
print(sorted([3.5, 1, 2 ** 65, -1]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError', e)
