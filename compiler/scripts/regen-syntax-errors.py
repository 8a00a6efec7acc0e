#!/usr/bin/env python3
"""Regenerates compiler/src/test/resources/syntax-errors/*.err from CPython 3.11.

For each NAME.py, compiles its bytes with compile(..., 'exec') and writes NAME.err:
    kind: SyntaxError | IndentationError | TabError
    message: ...
    line: N
    offset: N      (1-based column, CPython's SyntaxError.offset)
A file containing NUL bytes is run as a script instead (python3 FILE), because compile() of a
string says "source code string cannot contain null bytes" while reading a file says "source code
cannot contain null bytes", and Rivet reads files. Run from anywhere; needs python3 3.11.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "src", "test", "resources", "syntax-errors")


def from_compile(data, name):
    try:
        compile(data, name, "exec")
    except SyntaxError as e:
        return type(e).__name__, e.msg, e.lineno, e.offset
    raise SystemExit(f"{name}: compiles without error; it does not belong in the corpus")


def from_script(path):
    """Runs the file under python3 with an excepthook that prints the error's fields."""
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "sitecustomize.py"), "w") as f:
            f.write("import sys\n"
                    "def hook(t, e, tb):\n"
                    "    print(repr((t.__name__, e.msg, e.lineno, e.offset)))\n"
                    "sys.excepthook = hook\n")
        env = dict(os.environ, PYTHONPATH=tmp)
        out = subprocess.run([sys.executable, path], env=env, capture_output=True, text=True).stdout
    import ast
    return ast.literal_eval(out.strip().splitlines()[-1])


def main():
    if sys.version_info[:2] != (3, 11):
        raise SystemExit("needs CPython 3.11, this is " + sys.version)
    names = sorted(f[:-3] for f in os.listdir(CORPUS) if f.endswith(".py"))
    for name in names:
        path = os.path.join(CORPUS, name + ".py")
        with open(path, "rb") as f:
            data = f.read()
        if b"\0" in data:
            kind, msg, line, offset = from_script(path)
        else:
            kind, msg, line, offset = from_compile(data, name + ".py")
        with open(os.path.join(CORPUS, name + ".err"), "w", encoding="utf-8") as f:
            f.write(f"kind: {kind}\nmessage: {msg}\nline: {line}\noffset: {offset}\n")
    print(f"wrote {len(names)} .err files")


if __name__ == "__main__":
    main()
