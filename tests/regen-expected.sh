#!/usr/bin/env bash
# Regenerates the expected output of every Python test program from CPython 3.11, the oracle.
# For each NAME.py under tests/corpus, tests/exec_scope and tests/gc_race (or only the files or
# folders given as arguments) it writes NAME.exp = what the board's single UART must show:
# stdout, then stderr with traceback source lines and ^~~ markers removed (the board has no source
# text to quote) and file paths cut to their base name (docs/differences.md "Tracebacks").
# NAME.exit holds CPython's exit code when it is not 0 and is deleted otherwise. Files whose
# first line is "# rivet: module" are imported helpers, not programs, and get no .exp.
# tests/board/ is hand-checked and never regenerated here.
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
py=${PYTHON:-python3}
if ! "$py" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)'; then
  echo "regen-expected: error: $py is not CPython 3.11; expected outputs must come from 3.11" >&2
  exit 2
fi
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("$here/corpus" "$here/exec_scope" "$here/gc_race")
exec "$py" - "${targets[@]}" <<'PYEOF'
import os, re, subprocess, sys

FRAME = re.compile(r'^  File ".*", line \d+, in .*$')
FILE_PATH = re.compile(r'^  File "(?:[^"]*/)?([^"/]*)", line ')

def board_stderr(text):
    """Drop the source-quote and caret lines CPython prints under each traceback frame."""
    out, in_frame = [], False
    for line in text.splitlines(keepends=True):
        if in_frame and line.startswith('    '):
            continue
        in_frame = bool(FRAME.match(line.rstrip('\n')))
        if in_frame:
            line = FILE_PATH.sub(r'  File "\1", line ', line, count=1)
        out.append(line)
    return ''.join(out)

def is_module(path):
    with open(path, encoding='utf-8') as f:
        return f.readline().startswith('# rivet: module')

def programs(target):
    if os.path.isfile(target):
        yield os.path.abspath(target)
        return
    for root, dirs, files in os.walk(target):
        dirs.sort()
        for name in sorted(files):
            if name.endswith('.py'):
                yield os.path.join(root, name)

# Rivet's compiler emits no warnings (docs/differences.md), so CPython's compile-time ones are off.
env = dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8', PYTHONDONTWRITEBYTECODE='1',
           PYTHONWARNINGS='ignore::SyntaxWarning')
env.pop('PYTHONPATH', None)
count = failed = 0
for target in sys.argv[1:]:
    for path in programs(target):
        if is_module(path):
            continue
        folder, name = os.path.split(path)
        base = path[:-3]
        try:
            r = subprocess.run([sys.executable, name], cwd=folder, env=env, stdin=subprocess.DEVNULL,
                               capture_output=True, timeout=60)
        except subprocess.TimeoutExpired:
            print(f'regen-expected: TIMEOUT {path}', file=sys.stderr)
            failed += 1
            continue
        err = board_stderr(r.stderr.decode('utf-8'))
        with open(base + '.exp', 'wb') as f:
            f.write(r.stdout + err.encode('utf-8'))
        if r.returncode != 0:
            with open(base + '.exit', 'w') as f:
                f.write(f'{r.returncode}\n')
        elif os.path.exists(base + '.exit'):
            os.remove(base + '.exit')
        count += 1
print(f'regen-expected: wrote {count} expected outputs', file=sys.stderr)
sys.exit(1 if failed else 0)
PYEOF
