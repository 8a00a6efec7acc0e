"""Runs one Python program under CPython the way bench/run-python.sh needs it: the program's own
output on stdout, and on stderr one line 'cpython-run: wall_s W cpu_s C' — the time of executing
the program's code object, wall clock (time.perf_counter) and CPU time of the running thread
(time.thread_time), excluding interpreter start-up and the compile of the source (the board's
figure excludes the compile too: rivet compiles on the host)."""
import sys
import time

path = sys.argv[1]
with open(path, 'rb') as f:
    code = compile(f.read(), path, 'exec')
sys.argv = sys.argv[1:]
namespace = {'__name__': '__main__', '__file__': path, '__builtins__': __builtins__}
start, cpu_start = time.perf_counter(), time.thread_time()
exec(code, namespace)
elapsed, cpu = time.perf_counter() - start, time.thread_time() - cpu_start
sys.stdout.flush()
print('cpython-run: wall_s %.6f cpu_s %.6f' % (elapsed, cpu), file=sys.stderr)
