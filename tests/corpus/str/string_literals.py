# Literal forms: single/double/triple quotes, raw strings, escapes, implicit concatenation.
a = 'single'
b = "double"
c = '''triple
quoted'''
d = r'raw\n\t'
e = 'implicit ' 'concat' "enation"
f = '\x41\u00e9\N{BULLET}\101'
print(a, b)
print(c)
print(d, len(d))
print(e)
print(f, len(f))
print("""a "b" 'c'""")
print('line\
continued')
