# Big int floor division and modulo sign rules, divmod identity.
vals = [10 ** 25 + 3, -(10 ** 25 + 3), 7, -7, 2 ** 70, -(2 ** 70)]
for a in vals:
    for b in vals:
        q, r = divmod(a, b)
        assert q * b + r == a
        print(q, r)
