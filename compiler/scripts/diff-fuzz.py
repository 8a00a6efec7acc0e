#!/usr/bin/env python3
"""Differential fuzzing of Rivet's front end against CPython 3.11 (a tool, not a test).

Builds the compiler's test classes, has DifferentialFuzz write N seeded mutants of the test
programs with Rivet's verdict on each, compiles each with CPython, and prints how many verdicts
(kind, message, line, column) agree, grouped by the kind of disagreement, with one example each.
Usage: compiler/scripts/diff-fuzz.py [SEED] [N]   (JAVA_HOME must point at JDK 25)
"""
import collections
import os
import subprocess
import sys
import tempfile
import warnings
import ast
import importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.normpath(os.path.join(HERE, ".."))
ROOT = os.path.normpath(os.path.join(MODULE, ".."))


def cpython_dump(data):
    """CPython's tree in AstDump's form, via regen-ast-dumps.py's dumper."""
    spec = importlib.util.spec_from_file_location("regen", os.path.join(HERE, "regen-ast-dumps.py"))
    regen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(regen)
    return regen.dump_module(ast.parse(data), data)


def main():
    seed = sys.argv[1] if len(sys.argv) > 1 else "42"
    n = sys.argv[2] if len(sys.argv) > 2 else "2000"
    subprocess.run(["mvn", "-B", "-q", "-ntp", "-pl", "compiler", "-am", "test-compile"], cwd=ROOT, check=True)
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java")
    cp = os.pathsep.join([os.path.join(MODULE, "target", "classes"), os.path.join(MODULE, "target", "test-classes")])
    warnings.simplefilter("ignore")
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([java, "-cp", cp, "dev.rivet.compiler.syntax.DifferentialFuzz", seed, out, n],
                       cwd=MODULE, check=True)
        counts = collections.Counter()
        for line in open(os.path.join(out, "rivet.tsv"), encoding="utf-8"):
            name, rivet = line.rstrip("\n").split("\t", 1)
            data = open(os.path.join(out, name + ".py"), "rb").read()
            try:
                compile(data, "m.py", "exec")
                cpython = "OK"
            except SyntaxError as e:
                cpython = f"{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}".replace("\n", " ")
            except (ValueError, MemoryError, RecursionError) as e:
                cpython = "other: " + type(e).__name__
            if b"\0" in data or "not supported by Rivet" in rivet or "too deeply nested" in rivet \
                    or cpython.startswith("other"):
                counts["(documented difference)"] += 1
                continue
            if cpython == rivet == "OK":
                mine = open(os.path.join(out, name + ".ast"), encoding="utf-8").read()
                if cpython_dump(data) == mine:
                    counts["same (both parse, same tree)"] += 1
                else:
                    if counts["different tree"] == 0:
                        print(f"{name}: both parse, trees differ")
                    counts["different tree"] += 1
                continue
            if cpython == rivet:
                counts["same"] += 1
                continue
            c, r = cpython.split("|"), rivet.split("|")
            key = ("position" if c[1:2] == r[1:2] else "message") + ": " + c[1 if len(c) > 1 else 0][:50] \
                + " / " + r[1 if len(r) > 1 else 0][:50]
            if key not in counts:
                print(f"{name}: CPython {cpython[:120]} | Rivet {rivet[:120]}")
            counts[key] += 1
        print()
        for k, v in counts.most_common(30):
            print(f"{v:6d} {k}")


if __name__ == "__main__":
    main()
