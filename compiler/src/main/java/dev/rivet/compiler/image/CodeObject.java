package dev.rivet.compiler.image;

import java.util.List;

/**
 * One compiled code object (module, class body, function, lambda, comprehension): everything
 * docs/bytecode.md 7.4 stores for it. Immutable data; the emitter builds it, the image writer lays
 * it out, the image reader rebuilds it, the disassembler prints it.
 */
public record CodeObject(
    int flags,
    int argcount,
    int posonlyargcount,
    int kwonlyargcount,
    int stacksize,
    int ncache,
    int firstLine,
    String name,
    String qualname,
    String filename,
    List<String> localNames,
    List<String> cellNames,
    List<String> freeNames,
    List<String> names,
    List<Const> consts,
    byte[] bytecode,
    byte[] lineTable,
    List<ExcEntry> excTable) {

  public static final int FUNCTION = 1;
  public static final int VARARGS = 1 << 1;
  public static final int VARKEYWORDS = 1 << 2;
  public static final int GENERATOR = 1 << 3;
  public static final int HAS_CLOSURE = 1 << 4;
  public static final int CLASS_BODY = 1 << 5;
  public static final int MODULE = 1 << 6;
  public static final int HAS_DOC = 1 << 7;
  public static final int INTERACTIVE = 1 << 8;

  /** One exception-table entry (docs/bytecode.md 5.1). */
  public record ExcEntry(int start, int end, int handler, int depth) {}

  public boolean has(int flag) {
    return (flags & flag) != 0;
  }

  /** Cell names then free names: what a deref index addresses. */
  public List<String> derefNames() {
    return java.util.stream.Stream.concat(cellNames.stream(), freeNames.stream()).toList();
  }
}
