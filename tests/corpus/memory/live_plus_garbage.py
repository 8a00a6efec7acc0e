# A modest live set kept while lots of garbage is produced: live data must survive intact.
live = {i: str(i) * 2 for i in range(100)}
for r in range(100):
    junk = [('t', i, str(i)) for i in range(100)]
    junk2 = {j: [j] for j in range(50)}
    live[r % 100] = live[r % 100][:4]
print(sum(len(v) for v in live.values()), live[0], live[99], live[50])
