# global lets a function rebind module names; reading without global works.
counter = 0
def inc():
    global counter
    counter += 1
def read():
    return counter
inc(); inc()
print(counter, read())
def make_new():
    global brand_new
    brand_new = 'created in function'
make_new()
print(brand_new)
def shadow():
    counter = 'local'
    return counter
print(shadow(), counter)
