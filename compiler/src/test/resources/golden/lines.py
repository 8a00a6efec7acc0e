def f(a,
      b):
    return g(a,
             b)

result = obj.method(
    1,
    2,
)
value = (obj
         .attr
         .method())
x = [1,
     2,
     f(3, 4)]
assert x, \
    "message"
