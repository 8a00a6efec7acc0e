# sort is stable across multiple passes (sort by secondary key, then by primary key).
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1), ('c', 2)]
s = sorted(data, key=lambda t: t[0])
s = sorted(s, key=lambda t: t[1])
print(s)
d2 = list(data)
d2.sort(key=lambda t: t[1], reverse=True)
print(d2)
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, 1, 2]
nums.sort()
print(nums, nums.sort() is None)
