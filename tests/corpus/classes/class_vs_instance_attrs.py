# Class attributes are shared until an instance attribute shadows them.
class C:
    count = 0
    shared = []
    def __init__(self):
        C.count += 1
        self.own = []
a = C()
b = C()
print(C.count, a.count, b.count)
a.count = 99
print(C.count, a.count, b.count)
a.shared.append(1)
print(b.shared, C.shared)
del a.count
print(a.count)
C.new_attr = 'added later'
print(a.new_attr, b.new_attr)
