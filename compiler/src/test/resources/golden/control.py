def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    else:
        return "pos"

def loop(items):
    total = 0
    for i in items:
        if i is None or i in (1, 2):
            continue
        if not i and total > 10:
            break
        total += i
    else:
        total = -1
    while total > 0:
        total -= 1
        if total == 3:
            break
    else:
        print("done")
    while True:
        return 1 if total else 2
