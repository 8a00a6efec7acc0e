# The first matching except clause wins; tuples of classes; bare except; re-raise.
def f(e):
    try:
        raise e
    except (KeyError, IndexError) as x:
        return 'lookup:' + type(x).__name__
    except ValueError:
        return 'value'
    except Exception:
        return 'exception'
    except:
        return 'bare'
for e in (KeyError('a'), IndexError(), ValueError(), TypeError(), KeyboardInterrupt()):
    print(f(e))
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        print('handling, then re-raise')
        raise
try:
    g()
except ArithmeticError as e:
    print('outer caught', type(e).__name__, e)
