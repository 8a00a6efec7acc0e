# pow, fmod, modf, frexp, ldexp, hypot, degrees, radians.
import math
print(math.pow(2, 10), math.pow(2, 0.5), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.hypot(3, 4), math.degrees(math.pi), math.radians(180) == math.pi)
