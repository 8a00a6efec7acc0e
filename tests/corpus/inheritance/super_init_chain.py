# Cooperative __init__ with super() through multiple inheritance and kwargs.
class Base:
    def __init__(self, **kw):
        self.log = ['Base']
class Named(Base):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append('Named')
class Aged(Base):
    def __init__(self, age, **kw):
        super().__init__(**kw)
        self.age = age
        self.log.append('Aged')
class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append('Person')
p = Person(name='Ann', age=7)
print(p.name, p.age, p.log)
