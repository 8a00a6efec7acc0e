package dev.rivet.compiler.image;

/** One module of an image: its dotted name, source file, flags and top-level code. */
public record ModuleEntry(String name, String filename, boolean isPackage, boolean isMain, CodeObject code) {
  public static final int PACKAGE = 1;
  public static final int MAIN = 2;

  int flags() {
    return (isPackage ? PACKAGE : 0) | (isMain ? MAIN : 0);
  }
}
