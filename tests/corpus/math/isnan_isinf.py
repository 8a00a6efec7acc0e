# isnan, isinf, isfinite and copysign on special values.
import math
for x in (0.0, -0.0, 1.5, math.inf, -math.inf, math.nan, 1e308 * 10):
    print(x, math.isnan(x), math.isinf(x), math.isfinite(x), math.copysign(1, x))
