# The builtin exception hierarchy: catching through base classes.
checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (StopIteration, Exception), (GeneratorExit, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (UnicodeDecodeError, ValueError),
    (FileNotFoundError, OSError), (ModuleNotFoundError, ImportError), (AssertionError, Exception),
    (TypeError, Exception), (MemoryError, Exception), (Exception, BaseException),
]
for sub, base in checks:
    print(sub.__name__, base.__name__, issubclass(sub, base))
def trigger(kind):
    if kind == 0:
        return {}['k']
    if kind == 1:
        return [][1]
    if kind == 2:
        return 1 // 0
    if kind == 3:
        return undefined_name
    if kind == 4:
        return int('x')
    if kind == 5:
        return None.attr
    return 1 + 'a'
for k in range(7):
    try:
        trigger(k)
    except LookupError as e:
        print('LookupError', type(e).__name__)
    except ArithmeticError as e:
        print('ArithmeticError', type(e).__name__)
    except Exception as e:
        print('Exception', type(e).__name__)
