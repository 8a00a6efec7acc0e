# Methods defined inside a function close over the function's locals.
def make_class(greeting):
    class Greeter:
        def greet(self, name):
            return greeting + ', ' + name
    return Greeter
G1 = make_class('Hello')
G2 = make_class('Hi')
print(G1().greet('A'), G2().greet('B'))
def factory():
    items = []
    class Box:
        def add(self, x):
            items.append(x)
            return len(items)
    return Box(), items
b, items = factory()
b.add(1); b.add(2)
print(items)
