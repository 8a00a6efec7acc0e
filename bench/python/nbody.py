# Benchmark: float arithmetic (a small n-body simulation plus a Mandelbrot grid).
STEPS = 45000
bodies = [
    [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 39.47841760435743],
    [4.84, -1.16, -0.10, 0.606, 2.81, -0.02, 0.037],
    [8.34, 4.12, -0.40, -1.01, 1.82, 0.008, 0.011],
    [12.89, -15.11, -0.22, 1.08, 0.868, -0.01, 0.0017],
    [15.37, -25.91, 0.179, 0.979, 0.594, -0.034, 0.002],
]
def energy():
    e = 0.0
    for i, b in enumerate(bodies):
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for c in bodies[i + 1:]:
            dx, dy, dz = b[0] - c[0], b[1] - c[1], b[2] - c[2]
            e -= b[6] * c[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e
e0 = energy()
dt = 0.01
for _ in range(STEPS):
    for i in range(5):
        b = bodies[i]
        for j in range(i + 1, 5):
            c = bodies[j]
            dx, dy, dz = b[0] - c[0], b[1] - c[1], b[2] - c[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            bm, cm = b[6] * mag, c[6] * mag
            b[3] -= dx * cm; b[4] -= dy * cm; b[5] -= dz * cm
            c[3] += dx * bm; c[4] += dy * bm; c[5] += dz * bm
    for b in bodies:
        b[0] += dt * b[3]; b[1] += dt * b[4]; b[2] += dt * b[5]
inside = 0
for py in range(40):
    for px in range(60):
        cr, ci = -2.0 + px * 0.05, -1.0 + py * 0.05
        zr = zi = 0.0
        n = 0
        while n < 50 and zr * zr + zi * zi < 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
            n += 1
        inside += n == 50
print('energy %.9f %.9f' % (e0, energy()), 'mandel', inside)
