package dev.rivet.cli;

import dev.rivet.board.BoardError;
import dev.rivet.emulator.HostLibraryError;
import dev.rivet.firmware.FirmwareError;
import dev.rivet.compiler.CompileError;
import java.io.PrintStream;

/**
 * Turns any exception escaping a command into one line on stderr and an exit code. Module error
 * types map here, in one place; anything unexpected is a bug in rivet and says so.
 */
final class Errors {
  private Errors() {}

  static int report(Throwable ex, PrintStream err) {
    if (ex instanceof UserError u) {
      err.println("rivet: error: " + u.getMessage());
      return u.exitCode();
    }
    if (ex instanceof CompileError c) {
      err.println(c.render()); // file:line:col: SyntaxError: message, the line, a caret
      return ExitCodes.BAD_INPUT;
    }
    if (ex instanceof BoardError b) {
      err.println("rivet: error: " + b.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    if (ex instanceof FirmwareError f) {
      err.println("rivet: error: " + f.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    if (ex instanceof HostLibraryError h) {
      err.println("rivet: error: " + h.getMessage());
      return ExitCodes.HOST;
    }
    err.println("rivet: internal error: " + ex + " (this is a bug in rivet; set RIVET_DEBUG=1 for a trace)");
    if (System.getenv("RIVET_DEBUG") != null) {
      ex.printStackTrace(err);
    }
    return ExitCodes.INTERNAL;
  }
}
