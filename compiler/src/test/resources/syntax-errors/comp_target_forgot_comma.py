sq = {x * x for x inyield from range(20)}
