# Non-ASCII text: len, indexing and slicing count code points, not bytes.
s = 'héllo wörld ✓ 日本語'
print(s, len(s))
print(s[1], s[7], s[12], s[-1], s[-3:])
print(s[::2], s[::-1])
print([c for c in 'año'])
print(ord('é'), ord('✓'), ord('日'), chr(233), chr(0x2713), chr(0x65E5))
print('ü' in s, 'wör' in s, s.find('日'), s.index('✓'))
print(len('😀'), ord('😀'), '😀' * 3)
print(s.upper(), 'ÄÖÜ'.lower())
print(repr('é\n\t✓'))
