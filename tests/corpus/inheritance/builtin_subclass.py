# Subclassing list, dict, str and int; overridden methods; isinstance with builtins.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
dd = DefaultDict()
dd['a'] += 1
dd['b']
print(dd, sorted(dd))
class Shout(str):
    def shout(self):
        return self.upper() + '!'
print(Shout('hi').shout(), Shout('x') + 'y', isinstance(Shout('z'), str))
class Money(int):
    def __str__(self):
        return '$' + int.__str__(self)
print(Money(5), Money(5) + 1, str(Money(7)))
