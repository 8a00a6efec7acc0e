# Comprehension variables do not leak; they can read enclosing and class-level names carefully.
x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
def f():
    k = 10
    return [k + i for i in range(3)]
print(f())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    factor = 5
    try:
        scaled = [v * factor for v in vals]
    except NameError as e:
        scaled = 'NameError: ' + str(e)
print(C.doubled, C.scaled)
