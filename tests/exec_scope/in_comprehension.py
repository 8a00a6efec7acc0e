# eval inside comprehensions sees the loop variable and module globals.
k = 100
print([eval('i * 2') for i in range(4)])
print([eval('i + k') for i in range(3)])
print({s: eval(s) for s in ['k', 'k // 3']})
print(sum(eval('n') for n in range(5)))
def inside():
    m = 7
    # CPython 3.11 runs a comprehension as its own function: m is not one of its locals.
    try:
        return [eval('m + j') for j in range(2)]
    except NameError as e:
        return 'NameError: ' + str(e)
def inside_captured():
    m = 7
    return [eval('m + j') for j in range(2) if m]  # m used in the comprehension: visible
print(inside(), inside_captured())
