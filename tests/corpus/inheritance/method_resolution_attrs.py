# Class attribute lookup through bases and shadowing by subclasses and instances.
class A:
    x = 'A.x'
    y = 'A.y'
class B(A):
    x = 'B.x'
class C(B):
    pass
c = C()
print(c.x, c.y, C.x, B.y)
A.y = 'A.y2'
print(c.y)
c.y = 'inst'
print(c.y, C.y)
print(C.__bases__[0].__name__, hasattr(C, 'x'), 'x' in C.__dict__, 'x' in B.__dict__)
