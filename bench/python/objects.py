# Benchmark: object attribute access and method calls (a particle simulation on a grid).
STEPS = 12000
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)
class Particle:
    def __init__(self, i):
        self.pos = Vec(i % 20, (i * 7) % 20)
        self.vel = Vec(1 if i % 2 else -1, 1 if i % 3 else -1)
        self.hits = 0
    def step(self, world):
        p = self.pos.add(self.vel)
        if not 0 <= p.x < world.w:
            self.vel = Vec(-self.vel.x, self.vel.y)
            self.hits += 1
            p = self.pos.add(self.vel)
        if not 0 <= p.y < world.h:
            self.vel = Vec(self.vel.x, -self.vel.y)
            self.hits += 1
            p = self.pos.add(self.vel)
        self.pos = p
class World:
    def __init__(self, n):
        self.w = 20
        self.h = 20
        self.parts = [Particle(i) for i in range(n)]
    def tick(self):
        occupied = {}
        for p in self.parts:
            p.step(self)
            key = (p.pos.x, p.pos.y)
            occupied[key] = occupied.get(key, 0) + 1
        return max(occupied.values())
w = World(60)
crowd = 0
for _ in range(STEPS):
    crowd = max(crowd, w.tick())
check = 0
for p in w.parts:
    check = (check * 31 + p.pos.x * 20 + p.pos.y + p.hits) % 1000000007
print('particles', len(w.parts), 'hits', sum(p.hits for p in w.parts), 'crowd', crowd, 'check', check)
