# Dicts of lists and lists of dicts: building, sorting by value, aggregating.
rows = [{'name': 'a', 'score': 3}, {'name': 'b', 'score': 9}, {'name': 'c', 'score': 3}, {'name': 'd', 'score': 7}]
by_score = {}
for r in rows:
    by_score.setdefault(r['score'], []).append(r['name'])
print(by_score, sorted(by_score.items()))
print(sorted(rows, key=lambda r: (-r['score'], r['name'])))
print({k: len(v) for k, v in by_score.items()}, max(by_score, key=lambda k: len(by_score[k])))
