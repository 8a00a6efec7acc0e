# Custom exception classes with extra state, __str__, and inheritance.
class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(line, msg)
        self.line = line
        self.msg = msg
    def __str__(self):
        return f'line {self.line}: {self.msg}'
class FatalParse(ParseError):
    pass
def parse(lines):
    for i, l in enumerate(lines, 1):
        if l == '!':
            raise FatalParse(i, 'fatal marker')
        if not l.isdigit():
            raise ParseError(i, 'not a number: ' + repr(l))
    return sum(int(l) for l in lines)
for data in (['1', '2'], ['1', 'x'], ['!']):
    try:
        print(parse(data))
    except FatalParse as e:
        print('fatal', e, e.args)
    except ParseError as e:
        print('error', e, e.line)
