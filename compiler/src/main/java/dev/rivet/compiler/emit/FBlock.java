package dev.rivet.compiler.emit;

import dev.rivet.compiler.ast.Stmt;
import java.util.List;

/**
 * A block the emitter is inside of that a return, break or continue must unwind (CPython's
 * "fblock"): loops, try bodies, except handlers, finally bodies, with bodies. Each records how
 * many values it keeps on the stack and which exception handler covers code inside it.
 */
record FBlock(Kind kind, CodeBuilder.Label start, CodeBuilder.Label exit, CodeBuilder.Handler handler,
    int extraDepth, List<Stmt> finalBody, String handlerName) {

  enum Kind {
    WHILE_LOOP,
    FOR_LOOP,
    TRY_EXCEPT,
    FINALLY_TRY,
    FINALLY_END,
    WITH,
    HANDLER_CLEANUP,
    EXCEPTION_HANDLER,
    POP_VALUE
  }

  boolean isLoop() {
    return kind == Kind.WHILE_LOOP || kind == Kind.FOR_LOOP;
  }
}
