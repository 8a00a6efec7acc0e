# Single inheritance: overriding, calling the parent through super(), attribute lookup.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks
    def kind(self):
        return 'dog/' + super().kind()
d = Dog('rex', ['sit'])
print(d.speak(), d.kind(), d.tricks, isinstance(d, Animal))
print(Animal('gen').speak(), [c.__name__ for c in Dog.__mro__])
