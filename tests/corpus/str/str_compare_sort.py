# String comparison is by code point; sorting mixed-case and non-ASCII strings.
words = ['banana', 'Apple', 'apple', 'Éclair', 'eclair', 'zeta', 'Zeta', '日本', 'ábc', '']
print(sorted(words))
print(sorted(words, key=lambda w: (w.lower(), w)))
print('a' < 'b' < 'ba' < 'bb', 'Z' < 'a', 'é' > 'z', 'abc' == 'abc', 'abc' != None)
print(min(words), max(words))
