package dev.rivet.compiler.image;

import java.util.List;

/**
 * A bytecode image: the modules of one program (docs/bytecode.md 7). At most one module is the
 * main module; a run-time compile result has none.
 */
public record Image(List<ModuleEntry> modules) {
  public static final int MAGIC = 0x43425652; // "RVBC"
  public static final int VERSION = 2; // 2: LOAD_FAST unchecked, LOAD_FAST_CHECK and superinstructions
  public static final int HEADER_SIZE = 32;
  public static final int NO_MAIN = 0xFFFFFFFF;

  public Image {
    modules = List.copyOf(modules);
  }

  /** Index of the main module, or {@link #NO_MAIN}. */
  public int mainIndex() {
    for (int i = 0; i < modules.size(); i++) {
      if (modules.get(i).isMain()) {
        return i;
      }
    }
    return NO_MAIN;
  }
}
