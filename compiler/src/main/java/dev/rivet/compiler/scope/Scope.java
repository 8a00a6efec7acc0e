package dev.rivet.compiler.scope;

import dev.rivet.compiler.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of the symbol table (module, class body, function, lambda or comprehension), with
 * each name's final binding as CPython's symtable computes it. Built by {@link ScopeAnalyzer};
 * read by the emitter to choose FAST / DEREF / GLOBAL / NAME instructions.
 */
public final class Scope {

  public enum Kind {
    MODULE,
    CLASS,
    FUNCTION
  }

  /** Where a name lives; the same five scopes as CPython's symtable. */
  public enum Binding {
    LOCAL,
    GLOBAL_EXPLICIT,
    GLOBAL_IMPLICIT,
    FREE,
    CELL
  }

  // Definition flags, as in CPython's symtable.h.
  static final int DEF_GLOBAL = 1;
  static final int DEF_LOCAL = 2;
  static final int DEF_PARAM = 4;
  static final int DEF_NONLOCAL = 8;
  static final int USE = 16;
  static final int DEF_FREE_CLASS = 64;
  static final int DEF_IMPORT = 128;
  static final int DEF_ANNOT = 256;
  static final int DEF_COMP_ITER = 512;
  static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

  public final Kind kind;
  /** The symtable name: "top", the def/class name, "lambda", "listcomp", "genexpr", ... */
  public final String name;
  public final Node node;
  public final Scope parent;
  /** The class name used for private-name mangling inside this block, or null. */
  final String privateName;

  final Map<String, Integer> flags = new LinkedHashMap<>();
  final Map<String, Binding> bindings = new LinkedHashMap<>();
  final Map<String, Node> directives = new LinkedHashMap<>();
  final List<Scope> children = new ArrayList<>();
  final List<String> params = new ArrayList<>();
  boolean generator;
  boolean needsClassClosure;
  /** Non-null for comprehensions: "list comprehension", "generator expression", ... */
  String comprehension;
  int compIterExpr;

  Scope(Kind kind, String name, Node node, Scope parent, String privateName) {
    this.kind = kind;
    this.name = name;
    this.node = node;
    this.parent = parent;
    this.privateName = privateName;
  }

  public List<Scope> children() {
    return children;
  }

  public boolean isGenerator() {
    return generator;
  }

  /** A class body whose methods use super() or __class__: it gets a __class__ cell. */
  public boolean needsClassClosure() {
    return needsClassClosure;
  }

  public String privateName() {
    return privateName;
  }

  /** The binding of an already mangled name; null when the name does not occur in this block. */
  public Binding binding(String name) {
    return bindings.get(name);
  }

  /** Every name of this block and its binding, in first-occurrence order. */
  public Map<String, Binding> bindings() {
    return java.util.Collections.unmodifiableMap(bindings);
  }

  /** Parameters in slot order: positional-only, positional, keyword-only, *args, **kwargs. */
  public List<String> params() {
    return params;
  }

  /** Fast-local slot names: the parameters, then other LOCAL names in first-occurrence order. */
  public List<String> localNames() {
    List<String> out = new ArrayList<>(params);
    if (kind != Kind.FUNCTION) {
      return out;
    }
    for (var e : bindings.entrySet()) {
      if (e.getValue() == Binding.LOCAL && !params.contains(e.getKey())) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  /** Cell variable names, sorted (CPython's order); "__class__" for a class that needs it. */
  public List<String> cellNames() {
    List<String> out = new ArrayList<>();
    if (kind == Kind.CLASS) {
      if (needsClassClosure) {
        out.add("__class__");
      }
      return out;
    }
    for (var e : bindings.entrySet()) {
      if (e.getValue() == Binding.CELL) {
        out.add(e.getKey());
      }
    }
    out.sort(null);
    return out;
  }

  /** Free variable names, sorted; for a class also its locals that methods close over. */
  public List<String> freeNames() {
    List<String> out = new ArrayList<>();
    for (var e : bindings.entrySet()) {
      if (e.getValue() == Binding.FREE
          || (kind == Kind.CLASS && (flags.getOrDefault(e.getKey(), 0) & DEF_FREE_CLASS) != 0)) {
        out.add(e.getKey());
      }
    }
    out.sort(null);
    return out;
  }

  /** Private-name mangling: {@code __x} inside class {@code _C} becomes {@code _C__x}. */
  public static String mangle(String privateName, String name) {
    if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
      return name;
    }
    int i = 0;
    while (i < privateName.length() && privateName.charAt(i) == '_') {
      i++;
    }
    if (i == privateName.length()) {
      return name;
    }
    return "_" + privateName.substring(i) + name;
  }

  public String mangle(String name) {
    return mangle(privateName, name);
  }

  @Override
  public String toString() {
    return kind + " " + name + " " + bindings;
  }
}
