# raise ... from ...: both tracebacks are printed, joined by the "direct cause" line.
def fetch():
    return {}['config']
def setup():
    try:
        fetch()
    except KeyError as e:
        raise RuntimeError('setup failed') from e
setup()
