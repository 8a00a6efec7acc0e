# replace with count, count with ranges, overlapping patterns.
s = 'the cat sat on the mat'
print(s.replace('at', 'og'), s.replace('at', 'og', 2), s.replace('the', ''))
print(s.replace('', '-')[:20], 'aaa'.replace('a', 'aa'))
print(s.count('at'), s.count('t'), s.count('t', 5), s.count('t', 5, 12), s.count(''))
print('aaaa'.count('aa'), 'aaaa'.replace('aa', 'b'))
print('héhé'.replace('é', 'e'), 'abc'.replace('x', 'y'))
