# SystemExit can be caught; its code attribute holds the argument.
import sys
for arg in (None, 0, 3, 'text'):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print('caught', repr(e.code), e.args)
try:
    sys.exit(1)
except Exception:
    print('not an Exception subclass')
except BaseException as e:
    print('BaseException caught', type(e).__name__)
print('still running')
