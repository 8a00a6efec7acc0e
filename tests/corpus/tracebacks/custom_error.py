# An uncaught custom exception with a message: the class name printed is unqualified.
class ConfigError(Exception):
    pass
def load():
    raise ConfigError('missing key: port')
print('start')
load()
