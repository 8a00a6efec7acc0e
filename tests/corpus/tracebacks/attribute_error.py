# AttributeError on None from a nested call, uncaught.
def get_name(obj):
    return obj.name
class User:
    name = 'ann'
print(get_name(User()))
print(get_name(None))
