package dev.rivet.cli;

import dev.rivet.compiler.syntax.Parser;
import dev.rivet.emulator.BadGuestPointer;
import dev.rivet.emulator.BoardMachine;
import dev.rivet.emulator.GuestMemory;
import dev.rivet.emulator.HostCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The host calls the board's REPL uses (docs/board-abi.md, "REPL"): COMPILE in mode 3
 * (interactive: status 7 when more lines could complete the statement, else single mode),
 * UART_WAIT (20: the board waits for a line; the console reads one and feeds it to the UART) and
 * INTERRUPT_FLAG (21: where to write 1 on Ctrl-C). Lives in the CLI: it needs the compiler.
 */
final class ReplHostCalls {
  static final int UART_WAIT = 20, INTERRUPT_FLAG = 21;
  static final int INCOMPLETE = 7;
  static final long MODE_SINGLE = 2, MODE_INTERACTIVE = 3;

  private final BoardMachine machine;
  private final ReplConsole console;
  private final RuntimeCompileCalls compileCalls = new RuntimeCompileCalls();
  private volatile long flagAddress;

  private ReplHostCalls(BoardMachine machine, ReplConsole console) {
    this.machine = machine;
    this.console = console;
  }

  /** Serves COMPILE (all modes), FETCH_RESULT, UART_WAIT and INTERRUPT_FLAG on machine. */
  static ReplHostCalls register(BoardMachine machine, ReplConsole console) {
    ReplHostCalls calls = new ReplHostCalls(machine, console);
    machine.registerHostCall(RuntimeCompileCalls.COMPILE, calls::compile);
    machine.registerHostCall(RuntimeCompileCalls.FETCH_RESULT, calls.compileCalls::fetch);
    machine.registerHostCall(UART_WAIT, calls::uartWait);
    machine.registerHostCall(INTERRUPT_FLAG, calls::interruptFlag);
    return calls;
  }

  /** Mode 3 asks Parser.needsMoreInput first; complete input is compiled in single mode. */
  HostCall.Reply compile(HostCall call, GuestMemory memory) throws BadGuestPointer {
    long mode = call.arg3() >>> 32;
    if (mode != MODE_INTERACTIVE) {
      return compileCalls.compile(call, memory);
    }
    if (call.arg1() < 0 || call.arg1() > RuntimeCompileCalls.SOURCE_LIMIT) {
      return HostCall.Reply.status(HostCall.REFUSED);
    }
    String text = new String(memory.read(call.arg0(), call.arg1()), StandardCharsets.UTF_8);
    if (text.indexOf('\0') < 0 && Parser.needsMoreInput(text)) {
      return HostCall.Reply.status(INCOMPLETE);
    }
    HostCall single = new HostCall(call.op(), call.arg0(), call.arg1(), call.arg2(),
        (call.arg3() & 0xFFFF_FFFFL) | (MODE_SINGLE << 32));
    return compileCalls.compile(single, memory);
  }

  /** The board has shown its prompt and has no input: read some from the console. */
  HostCall.Reply uartWait(HostCall call, GuestMemory memory) {
    if (machine.uart().available() > 0) {
      return HostCall.Reply.ok(machine.uart().available());
    }
    try {
      byte[] input = console.read();
      machine.uart().feed(input);
      return HostCall.Reply.ok(input.length);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the REPL's input failed: " + e.getMessage(), e);
    }
  }

  HostCall.Reply interruptFlag(HostCall call, GuestMemory memory) throws BadGuestPointer {
    memory.write(call.arg0(), new byte[4]); // validates the address: RAM the guest may write
    flagAddress = call.arg0();
    return HostCall.Reply.ok();
  }

  /** While the board is stopped between blocks: sets the guest's interrupt flag (if it gave one). */
  void deliverInterrupt() {
    long at = flagAddress;
    if (at == 0) {
      return;
    }
    try {
      machine.memory().write(at, new byte[] {1, 0, 0, 0});
    } catch (BadGuestPointer e) {
      throw new IllegalStateException("the board's interrupt flag moved out of RAM: " + e.getMessage(), e);
    }
  }
}
