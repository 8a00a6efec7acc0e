def read(path, lock):
    with lock:
        with open(path) as fh, open(path + ".bak") as (a, b):
            return fh.read()

def loop(locks):
    for l in locks:
        with l as x:
            if x:
                continue
            break
