#!/usr/bin/env python3
"""Regenerates compiler/src/test/resources/parse-ok/*.ast from CPython 3.11's ast module.

The programs are the front end's own tours (parse-ok/NAME.py) and every program of the test suite
under tests/ (corpus, exec_scope, gc_race, board), read in place and named by their path with '/'
spelled "__" -- the same listing as dev.rivet.compiler.syntax.ParseCorpus.
Each program is parsed by ast.parse and written as NAME.ast in a compact canonical form that
dev.rivet.compiler.syntax.AstDump also produces from Rivet's AST, so AstEquivalenceTest can
compare the two trees node by node (with the line:col of every statement and expression outside
f-strings; columns are UTF-8 byte offsets in both).
"""
import ast
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "src", "test", "resources", "parse-ok")
SUITE = os.path.join(HERE, "..", "..", "tests")
SUITE_DIRS = ["corpus", "exec_scope", "gc_race", "board"]

BINOPS = {ast.Add: "ADD", ast.Sub: "SUB", ast.Mult: "MULT", ast.MatMult: "MATMULT", ast.Div: "DIV",
          ast.Mod: "MOD", ast.Pow: "POW", ast.LShift: "LSHIFT", ast.RShift: "RSHIFT",
          ast.BitOr: "BITOR", ast.BitXor: "BITXOR", ast.BitAnd: "BITAND", ast.FloorDiv: "FLOORDIV"}
UNOPS = {ast.Invert: "INVERT", ast.Not: "NOT", ast.UAdd: "UADD", ast.USub: "USUB"}
CMPOPS = {ast.Eq: "EQ", ast.NotEq: "NOT_EQ", ast.Lt: "LT", ast.LtE: "LT_E", ast.Gt: "GT",
          ast.GtE: "GT_E", ast.Is: "IS", ast.IsNot: "IS_NOT", ast.In: "IN", ast.NotIn: "NOT_IN"}
CTX = {ast.Load: "LOAD", ast.Store: "STORE", ast.Del: "DEL"}


def text(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 32 <= c < 127 and ch not in '\\"':
            out.append(ch)
        else:
            out.append("\\x{%x}" % c)
    return '"' + "".join(out) + '"'


class Dumper:
    def __init__(self, source):
        self.in_fstring = 0
        if source.startswith(b"\xef\xbb\xbf"):
            source = source[3:]  # columns count from after a UTF-8 BOM
        self.lines = source.split(b"\n")

    def at(self, n):
        # Both count columns in UTF-8 bytes (CPython's col_offset).
        return "" if self.in_fstring else "@%d:%d" % (n.lineno, n.col_offset)

    def lst(self, xs):
        return "[" + ", ".join(self.d(x) for x in xs) + "]"

    def opt(self, x):
        return "None" if x is None else self.d(x)

    def args(self, a):
        kwd = "[" + ", ".join("None" if x is None else self.d(x) for x in a.kw_defaults) + "]"
        return "Arguments(%s, %s, %s, %s, %s, %s, %s)" % (
            self.lst(a.posonlyargs), self.lst(a.args), self.opt(a.vararg), self.lst(a.kwonlyargs),
            kwd, self.opt(a.kwarg), self.lst(a.defaults))

    def d(self, n):
        t = type(n).__name__
        if isinstance(n, ast.arg):
            return "Arg(%s, %s)" % (n.arg, self.opt(n.annotation))
        if isinstance(n, ast.keyword):
            return "Keyword(%s, %s)" % (n.arg, self.d(n.value))
        if isinstance(n, ast.alias):
            return "Alias(%s, %s)" % (n.name, n.asname)
        if isinstance(n, ast.withitem):
            return "WithItem(%s, %s)" % (self.d(n.context_expr), self.opt(n.optional_vars))
        if isinstance(n, ast.comprehension):
            return "Comprehension(%s, %s, %s)" % (self.d(n.target), self.d(n.iter), self.lst(n.ifs))
        if isinstance(n, ast.ExceptHandler):
            return "ExceptHandler(%s, %s, %s)" % (self.opt(n.type), n.name, self.lst(n.body))
        if isinstance(n, ast.FunctionDef):
            body = "FunctionDef(%s, %s, %s, %s, %s)" % (n.name, self.args(n.args), self.lst(n.body),
                                                    self.lst(n.decorator_list), self.opt(n.returns))
        elif isinstance(n, ast.ClassDef):
            body = "ClassDef(%s, %s, %s, %s, %s)" % (n.name, self.lst(n.bases), self.lst(n.keywords),
                                                 self.lst(n.body), self.lst(n.decorator_list))
        elif isinstance(n, ast.Return):
            body = "Return(%s)" % self.opt(n.value)
        elif isinstance(n, ast.Delete):
            body = "Delete(%s)" % self.lst(n.targets)
        elif isinstance(n, ast.Assign):
            body = "Assign(%s, %s)" % (self.lst(n.targets), self.d(n.value))
        elif isinstance(n, ast.AugAssign):
            body = "AugAssign(%s, %s, %s)" % (self.d(n.target), BINOPS[type(n.op)], self.d(n.value))
        elif isinstance(n, ast.AnnAssign):
            body = "AnnAssign(%s, %s, %s, %s)" % (self.d(n.target), self.d(n.annotation), self.opt(n.value),
                                                 "true" if n.simple else "false")
        elif isinstance(n, ast.For):
            body = "For(%s, %s, %s, %s)" % (self.d(n.target), self.d(n.iter), self.lst(n.body), self.lst(n.orelse))
        elif isinstance(n, ast.While):
            body = "While(%s, %s, %s)" % (self.d(n.test), self.lst(n.body), self.lst(n.orelse))
        elif isinstance(n, ast.If):
            body = "If(%s, %s, %s)" % (self.d(n.test), self.lst(n.body), self.lst(n.orelse))
        elif isinstance(n, ast.With):
            body = "With(%s, %s)" % (self.lst(n.items), self.lst(n.body))
        elif isinstance(n, ast.Raise):
            body = "Raise(%s, %s)" % (self.opt(n.exc), self.opt(n.cause))
        elif isinstance(n, ast.Try):
            body = "Try(%s, %s, %s, %s)" % (self.lst(n.body), self.lst(n.handlers), self.lst(n.orelse),
                                           self.lst(n.finalbody))
        elif isinstance(n, ast.Assert):
            body = "Assert(%s, %s)" % (self.d(n.test), self.opt(n.msg))
        elif isinstance(n, ast.Import):
            body = "Import(%s)" % self.lst(n.names)
        elif isinstance(n, ast.ImportFrom):
            body = "ImportFrom(%s, %s, %d)" % (n.module, self.lst(n.names), n.level)
        elif isinstance(n, ast.Global):
            body = "Global(%s)" % ", ".join(n.names)
        elif isinstance(n, ast.Nonlocal):
            body = "Nonlocal(%s)" % ", ".join(n.names)
        elif isinstance(n, ast.Expr):
            body = "ExprStmt(%s)" % self.d(n.value)
        elif isinstance(n, (ast.Pass, ast.Break, ast.Continue)):
            body = t
        elif isinstance(n, ast.BoolOp):
            body = "BoolOp(%s, %s)" % ("AND" if isinstance(n.op, ast.And) else "OR", self.lst(n.values))
        elif isinstance(n, ast.NamedExpr):
            body = "NamedExpr(%s, %s)" % (self.d(n.target), self.d(n.value))
        elif isinstance(n, ast.BinOp):
            body = "BinOp(%s, %s, %s)" % (self.d(n.left), BINOPS[type(n.op)], self.d(n.right))
        elif isinstance(n, ast.UnaryOp):
            body = "UnaryOp(%s, %s)" % (UNOPS[type(n.op)], self.d(n.operand))
        elif isinstance(n, ast.Lambda):
            body = "Lambda(%s, %s)" % (self.args(n.args), self.d(n.body))
        elif isinstance(n, ast.IfExp):
            body = "IfExp(%s, %s, %s)" % (self.d(n.test), self.d(n.body), self.d(n.orelse))
        elif isinstance(n, ast.Dict):
            body = "Dict(%s, %s)" % ("[" + ", ".join("None" if k is None else self.d(k) for k in n.keys) + "]",
                                     self.lst(n.values))
        elif isinstance(n, ast.Set):
            body = "Set(%s)" % self.lst(n.elts)
        elif isinstance(n, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
            body = "%s(%s, %s)" % (t, self.d(n.elt), self.lst(n.generators))
        elif isinstance(n, ast.DictComp):
            body = "DictComp(%s, %s, %s)" % (self.d(n.key), self.d(n.value), self.lst(n.generators))
        elif isinstance(n, ast.Yield):
            body = "Yield(%s)" % self.opt(n.value)
        elif isinstance(n, ast.YieldFrom):
            body = "YieldFrom(%s)" % self.d(n.value)
        elif isinstance(n, ast.Compare):
            body = "Compare(%s, [%s], %s)" % (self.d(n.left), ", ".join(CMPOPS[type(o)] for o in n.ops),
                                              self.lst(n.comparators))
        elif isinstance(n, ast.Call):
            body = "Call(%s, %s, %s)" % (self.d(n.func), self.lst(n.args), self.lst(n.keywords))
        elif isinstance(n, ast.FormattedValue):
            self.in_fstring -= 1
            v = self.d(n.value)
            self.in_fstring += 1
            body = "FormattedValue(%s, %d, %s)" % (v, n.conversion, self.opt(n.format_spec))
        elif isinstance(n, ast.JoinedStr):
            self.in_fstring += 1
            body = "JoinedStr(%s)" % self.lst(n.values)
            self.in_fstring -= 1
        elif isinstance(n, ast.Constant):
            v = n.value
            if v is None:
                body = "NoneLit"
            elif v is Ellipsis:
                body = "EllipsisLit"
            elif isinstance(v, bool):
                body = "Bool(%s)" % v
            elif isinstance(v, int):
                body = "Int(%d)" % v
            elif isinstance(v, float):
                body = "Float(%d)" % struct.unpack("<q", struct.pack("<d", v))[0]
            elif isinstance(v, str):
                body = "Str(%s)" % text(v)
            elif isinstance(v, bytes):
                body = "Bytes(%s)" % v.hex()
            else:
                raise SystemExit("unsupported constant %r" % (v,))
        elif isinstance(n, ast.Attribute):
            body = "Attribute(%s, %s, %s)" % (self.d(n.value), n.attr, CTX[type(n.ctx)])
        elif isinstance(n, ast.Subscript):
            body = "Subscript(%s, %s, %s)" % (self.d(n.value), self.d(n.slice), CTX[type(n.ctx)])
        elif isinstance(n, ast.Starred):
            body = "Starred(%s, %s)" % (self.d(n.value), CTX[type(n.ctx)])
        elif isinstance(n, ast.Name):
            body = "Name(%s, %s)" % (n.id, CTX[type(n.ctx)])
        elif isinstance(n, ast.List):
            body = "ListExpr(%s, %s)" % (self.lst(n.elts), CTX[type(n.ctx)])
        elif isinstance(n, ast.Tuple):
            body = "Tuple(%s, %s)" % (self.lst(n.elts), CTX[type(n.ctx)])
        elif isinstance(n, ast.Slice):
            body = "Slice(%s, %s, %s)" % (self.opt(n.lower), self.opt(n.upper), self.opt(n.step))
        else:
            raise SystemExit("unsupported node " + t)
        return body + self.at(n)


def dump_module(tree, source):
    d = Dumper(source)
    return "".join(d.d(s) + "\n" for s in tree.body)


def main():
    if sys.version_info[:2] != (3, 11):
        raise SystemExit("needs CPython 3.11, this is " + sys.version)
    programs = {f[:-3]: os.path.join(CORPUS, f) for f in os.listdir(CORPUS) if f.endswith(".py")}
    for d in SUITE_DIRS:
        for dirpath, _, files in os.walk(os.path.join(SUITE, d)):
            for f in files:
                if f.endswith(".py"):
                    path = os.path.join(dirpath, f)
                    rel = os.path.relpath(path, SUITE)[:-3]
                    programs[rel.replace(os.sep, "__")] = path
    names = sorted(programs)
    for name in names:
        with open(programs[name], "rb") as f:
            source = f.read()
            compile(source, name + ".py", "exec")  # must be a valid program, not just parseable
            tree = ast.parse(source, name + ".py")
        with open(os.path.join(CORPUS, name + ".ast"), "w", encoding="utf-8") as f:
            f.write(dump_module(tree, source))
    print(f"wrote {len(names)} .ast files")


if __name__ == "__main__":
    main()
