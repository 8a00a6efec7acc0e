# Class decorators receive and may return the class; registries built by decorators.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_greet(cls):
    cls.greet = lambda self: 'hi from ' + type(self).__name__
    return cls
@register
@add_greet
class Alpha:
    pass
@register
class Beta(Alpha):
    pass
print(sorted(registry), Alpha().greet(), Beta().greet(), registry['Beta'] is Beta)
