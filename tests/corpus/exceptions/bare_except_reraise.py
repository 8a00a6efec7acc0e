# A bare except catches everything including SystemExit-free BaseExceptions; raise inside re-raises.
def risky(kind):
    if kind == 'key':
        raise KeyError(kind)
    if kind == 'gen':
        raise GeneratorExit()
    return 'ok'
for k in ('key', 'gen', 'none'):
    try:
        try:
            print(risky(k))
        except:
            print('bare caught', k)
            raise
    except BaseException as e:
        print('outer', type(e).__name__)
