#!/usr/bin/env python3
"""Runs every program of a corpus through `rivet compile` + refvm.py (the reference executor of
docs/bytecode.md) and compares stdout + traceback and the exit status with the
expected NAME.exp / NAME.exit (CPython 3.11's, source lines removed). Prints one line per
difference and a summary. Usage: refvm_check.py JAR CORPUS_DIR [SUBSTRING]"""
import pathlib, subprocess, sys, tempfile

jar, corpus = sys.argv[1], pathlib.Path(sys.argv[2])
only = sys.argv[3] if len(sys.argv) > 3 else ""
java = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"
refvm = pathlib.Path(__file__).with_name("refvm.py")
ok = bad = 0
with tempfile.TemporaryDirectory() as tmp:
    for d in sorted({p.parent for p in corpus.rglob("*.py")}):
        srcs = sorted(d.glob("*.py"))
        if only and not any(only in str(s) for s in srcs):
            continue
        img = pathlib.Path(tmp) / "img.rbc"
        r = subprocess.run([java, "-jar", jar, "compile", *(x.name for x in srcs), "-o", str(img)], cwd=d,
                           capture_output=True, text=True)
        if r.returncode != 0:
            print("COMPILE", d, r.stderr.strip()[:300])
            bad += 1
            continue
        for s in srcs:
            if only and only not in str(s):
                continue
            if s.read_text(errors="replace").startswith("# rivet: module"):
                continue
            exp = s.with_suffix(".exp")
            code_file = s.with_suffix(".exit")
            if not exp.exists():
                continue
            want = exp.read_bytes()
            want_code = int(code_file.read_text()) if code_file.exists() else 0
            rv = subprocess.run([sys.executable, str(refvm), str(img), s.stem], cwd=d, capture_output=True, timeout=120)
            if rv.stdout + rv.stderr == want and rv.returncode == want_code:
                ok += 1
            else:
                bad += 1
                print("DIFF", s, "exit", want_code, rv.returncode, rv.stderr.decode(errors="replace").strip().splitlines()[-1:])
print(f"{ok} same as CPython, {bad} different")
