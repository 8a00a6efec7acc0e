# GC figures on a Rivet board (board-only: gc.rivet_stats is Rivet's). Run by bench/gc-bench.sh.
# All times are the board's deterministic clock: guest instructions / clock_hz.
import gc, sys

CLOCK_HZ = int(sys.argv[1])  # the board's clock_hz (bench/gc-bench.sh passes it)

def now():
    return gc.rivet_stats()['instructions']

# 1. allocation rate: small tuples and lists that die at once (collections included, as a program sees them)
N = 20000
gc.collect()
s0 = gc.rivet_stats()
t0 = now()
for i in range(N):
    t = (i, i)
    l = [i]
t1 = now()
s1 = gc.rivet_stats()
allocs = s1['allocations'] - s0['allocations']
colls = s1['collections'] - s0['collections']
dt = (t1 - t0) / CLOCK_HZ
gc_s = (s1['collect_instructions'] - s0['collect_instructions']) / CLOCK_HZ
print('alloc: %d allocations in %.4f s board time = %.0f allocations/s; %d collections took %.4f s of it' % (
    allocs, dt, allocs / dt, colls, gc_s))
print('alloc: without collection time: %.0f allocations/s' % (allocs / (dt - gc_s)))

# 2. collection cost per MiB of live heap: keep growing live data, time gc.collect()
keep = []
for step in range(6):
    for i in range(400):
        keep.append([i, str(i)])
    gc.collect()
    gc.collect()
    st = gc.rivet_stats()
    live = st['live_after_last']
    ins = st['last_collect_instructions']
    print('collect: live %8d bytes  %10d instructions  %.5f s  = %.4f s per MiB live (heap %d bytes)' % (
        live, ins, ins / CLOCK_HZ, ins / CLOCK_HZ / (live / 1048576), st['heap_bytes']))
