package dev.rivet.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options flash and run share: which board, which runtime variant, which flash directory. */
final class BoardOptions {
  @Option(names = "--board", paramLabel = "BOARD", description = "Board name (tiny, standard, large) or .toml file (default: standard).")
  String board;

  @Option(names = "--runtime", paramLabel = "VARIANT", description = "Runtime variant to link images with (default: O2).")
  String runtime;

  @Option(names = "--flash-dir", paramLabel = "DIR", description = "Where flashed firmware lives (default: $RIVET_HOME/flash, RIVET_HOME=~/.rivet).")
  Path flashDir;

  Path flashDir() {
    return flashDir != null ? flashDir : FlashStore.defaultDir();
  }
}
