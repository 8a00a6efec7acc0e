# str() and repr() of various objects, quotes in repr, escape sequences.
print(str(1), str(1.5), str(None), str(True), str([1, 'a']), str((1,)), str({'k': 'v'}))
print(repr('abc'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('\x00\x07\x1f\x7f'), repr('\\'), repr('tab\tnl\ncr\r'))
print(repr('é'), repr('\u200b'), repr('\U0001F600'))
print(str('x') is not None, str(), repr(''))
print(ascii('héllo'), ascii(['ü']))
