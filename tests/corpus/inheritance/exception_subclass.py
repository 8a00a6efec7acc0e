# Custom exception hierarchies: catching by base class, args and attributes.
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, msg):
        super().__init__(msg)
        self.table = table
class NetError(AppError):
    pass
for exc in (DbError('users', 'locked'), NetError('timeout', 3), AppError()):
    try:
        raise exc
    except DbError as e:
        print('db', e.table, e, e.args)
    except AppError as e:
        print('app', type(e).__name__, e.args, str(e), repr(e))
print([k.__name__ for k in DbError.__mro__])
