# One code object executed in several class bodies defines different class attributes each time.
body = compile('doubled = base * 2\ndef describe(self):\n    return type(self).__name__ + str(self.doubled)', 'body', 'exec')
class One:
    base = 1
    exec(body)
class Two:
    base = 'ab'
    exec(body)
print(One.doubled, Two.doubled, One().describe(), Two().describe())
print('doubled' in globals(), 'describe' in globals())
