# Attributes of specific exceptions: KeyError args, StopIteration.value, SystemExit.code, OSError errno.
try:
    {}[('tuple', 'key')]
except KeyError as e:
    print(e.args, e.args[0])
e = StopIteration('v')
print(e.value, StopIteration().value)
s = SystemExit(3)
print(s.code, SystemExit().code, SystemExit('msg').code)
o = OSError(2, 'No such file')
print(o.errno, o.strerror, o.args)
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(u.encoding, u.start, u.end, u.reason)
