# compile/exec/eval argument checking, sources as bytes, modes, custom locals mappings, SyntaxError fields.
for f in (lambda: eval('1', 1), lambda: exec('1', 1), lambda: eval('1', {}, 1), lambda: exec('1', {}, 1), lambda: exec(1), lambda: eval(1), lambda: compile(1, 'f', 'exec'), lambda: compile('1', 'f', 'bogus'), lambda: compile('1', 1, 'exec'), lambda: exec('a\0b'), lambda: eval('   1 + 1')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
c = compile('x = 5\ny = x * 2', 'ce', 'exec')
print(eval(c), c.co_filename, c.co_name)
d = {}
exec(b'z = "bytes source"', d)
print(d['z'])
print(eval(compile('1 + 2', 'e', 'eval')), eval('  \t  3'))
exec(compile('x + 41', 's', 'single'))
class M(dict):
    def __getitem__(self, k):
        if k == 'magic': return 42
        return dict.__getitem__(self, k)
print(eval('magic + 1', {}, M()))
try:
    exec('def f(:\n  pass')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.filename, repr(e.text), e.args[0])
try:
    exec('if 1:\n  a\n    b')
except IndentationError as e:
    print(type(e).__name__, e)
print(repr(compile('1', 'f', 'eval'))[:19])
