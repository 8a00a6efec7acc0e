def f(data):
    a = [x * y for x in data for y in range(x) if y]
    b = {k: v for k, v in data.items()}
    c = {x for x in data}
    if any((hit := x) > 3 for x in data):
        return hit
    return a, b, c
