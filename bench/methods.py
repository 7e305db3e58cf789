# A small class-heavy simulation: instances, method calls, attribute reads and writes.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, i):
        self.pos = Vec(i % 17, i % 31)
        self.vel = Vec(i % 5 - 2, i % 7 - 3)
        self.hits = 0

    def step(self, size):
        self.pos = self.pos.add(self.vel)
        if self.pos.x < 0 or self.pos.x > size:
            self.vel = Vec(-self.vel.x, self.vel.y)
            self.hits += 1
        if self.pos.y < 0 or self.pos.y > size:
            self.vel = Vec(self.vel.x, -self.vel.y)
            self.hits += 1

    def energy(self):
        return self.vel.dot(self.vel)


class World:
    def __init__(self, n, size):
        self.size = size
        self.particles = [Particle(i) for i in range(n)]

    def tick(self):
        for p in self.particles:
            p.step(self.size)

    def total_energy(self):
        total = 0
        for p in self.particles:
            total += p.energy()
        return total

    def total_hits(self):
        return sum(p.hits for p in self.particles)


world = World(500, 40)
for _ in range(4000):
    world.tick()
print(world.total_energy(), world.total_hits())
