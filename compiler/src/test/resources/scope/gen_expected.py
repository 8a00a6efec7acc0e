"""Writes NAME.symtable next to each NAME.py here: CPython 3.11's symtable classification of every
name in every block, the reference ScopeAnalyzerTest compares Rivet's scope analysis with.
Run: python3 gen_expected.py (from any directory)."""
import pathlib, symtable

SCOPES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}

def dump(table, path, out):
    syms = sorted(table.get_symbols(), key=lambda s: s.get_name())
    out.append(path + ": " + " ".join(f"{s.get_name()}={SCOPES[s._Symbol__scope]}" for s in syms))
    for i, child in enumerate(table.get_children()):
        dump(child, f"{path}/{i}:{child.get_name()}", out)

here = pathlib.Path(__file__).parent
for src in sorted(here.glob("*.py")):
    if src.name == "gen_expected.py":
        continue
    out = []
    dump(symtable.symtable(src.read_text(), src.name, "exec"), "top", out)
    src.with_suffix(".symtable").write_text("\n".join(out) + "\n")

for src in sorted((here / "errors").glob("*.py")):
    try:
        compile(src.read_text(), src.name, "exec")
        raise SystemExit(f"{src.name} compiles: not an error case")
    except SyntaxError as e:
        src.with_suffix(".err").write_text(f"{e.lineno}:{e.offset}: {e.msg}\n")
