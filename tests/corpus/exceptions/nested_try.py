# Nested try blocks: inner handlers, exceptions escaping inner finally, handler raising.
def f(n):
    log = []
    try:
        try:
            if n == 0:
                raise KeyError('k')
            if n == 1:
                raise ValueError('v')
            log.append('no error')
        except KeyError:
            log.append('inner caught KeyError')
            raise IndexError('from handler')
        finally:
            log.append('inner finally')
    except IndexError as e:
        log.append('outer IndexError ' + str(e))
    except ValueError:
        log.append('outer ValueError')
    finally:
        log.append('outer finally')
    return log
for n in range(3):
    print(f(n))
