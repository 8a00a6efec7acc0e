package dev.rivet.cli;

import dev.rivet.compiler.CompileError;
import dev.rivet.compiler.Compiler;
import dev.rivet.emulator.BadGuestPointer;
import dev.rivet.emulator.BoardMachine;
import dev.rivet.emulator.GuestMemory;
import dev.rivet.emulator.HostCall;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Host calls COMPILE (16) and FETCH_RESULT (17) of docs/board-abi.md: the guest's compile(),
 * exec() and eval() send source text here; the compiler turns it into a one-module image (or a
 * SyntaxError record) that the guest then copies into its heap. Lives in the CLI because only the
 * CLI knows both the emulator and the compiler. One instance per board: it holds the pending result.
 */
final class RuntimeCompileCalls {
  static final int COMPILE = 16, FETCH_RESULT = 17;
  /** Status of COMPILE when the source has a SyntaxError; FETCH_RESULT then returns the record. */
  static final int COMPILE_ERROR = 6;
  /** Largest source text the host compiles for a guest. */
  static final long SOURCE_LIMIT = 16L << 20;
  static final long FILENAME_LIMIT = 4096;
  private static final String[] MODES = {"exec", "eval", "single"};

  private byte[] pending;

  /** Serves COMPILE and FETCH_RESULT on machine. */
  static void register(BoardMachine machine) {
    RuntimeCompileCalls calls = new RuntimeCompileCalls();
    machine.registerHostCall(COMPILE, calls::compile);
    machine.registerHostCall(FETCH_RESULT, calls::fetch);
  }

  HostCall.Reply compile(HostCall call, GuestMemory memory) throws BadGuestPointer {
    pending = null;
    long sourceLength = call.arg1();
    long filenameLength = call.arg3() & 0xFFFF_FFFFL;
    long mode = call.arg3() >>> 32;
    if (sourceLength < 0 || sourceLength > SOURCE_LIMIT || filenameLength > FILENAME_LIMIT || mode >= MODES.length) {
      return HostCall.Reply.status(HostCall.REFUSED);
    }
    byte[] source = memory.read(call.arg0(), sourceLength);
    String filename = memory.readUtf8(call.arg2(), filenameLength);
    for (byte b : source) {
      if (b == 0) {
        pending = errorRecord(CompileError.Kind.SyntaxError, "source code string cannot contain null bytes", filename,
            0, 0, 0, 0, null);
        return new HostCall.Reply(COMPILE_ERROR, pending.length, 0);
      }
    }
    String text;
    try {
      text = decode(source);
    } catch (MalformedInputException e) {
      pending = errorRecord(CompileError.Kind.SyntaxError, unicodeErrorMessage(source), filename, 1, 1, 0, 0, null);
      return new HostCall.Reply(COMPILE_ERROR, pending.length, 0);
    }
    try {
      pending = Compiler.compileStringToImage(text, filename, MODES[(int) mode], filename);
      return HostCall.Reply.ok(pending.length);
    } catch (CompileError e) {
      String line = e.sourceLine() == null ? null : e.sourceLine() + "\n";
      pending = errorRecord(e.kind(), e.message(), e.filename(), e.line(), e.column(), e.endLine(), e.endColumn(), line);
      return new HostCall.Reply(COMPILE_ERROR, pending.length, 0);
    }
  }

  HostCall.Reply fetch(HostCall call, GuestMemory memory) throws BadGuestPointer {
    if (pending == null) {
      return HostCall.Reply.status(HostCall.NOT_FOUND);
    }
    if (call.arg1() < pending.length) {
      return HostCall.Reply.status(HostCall.REFUSED);
    }
    memory.write(call.arg0(), pending);
    long n = pending.length;
    pending = null;
    return HostCall.Reply.ok(n);
  }

  private static String decode(byte[] source) throws MalformedInputException {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = d.decode(ByteBuffer.wrap(source));
      return chars.toString();
    } catch (MalformedInputException e) {
      throw e;
    } catch (CharacterCodingException e) {
      throw new MalformedInputException(0);
    }
  }

  /** CPython's message for source that is not UTF-8: "(unicode error) 'utf-8' codec can't decode ...". */
  static String unicodeErrorMessage(byte[] s) {
    int i = 0;
    while (i < s.length) {
      int b = s[i] & 0xFF;
      int need = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
      if (need < 0) {
        return String.format("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", b, i);
      }
      for (int k = 1; k <= need; k++) {
        if (i + k >= s.length) {
          return String.format("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: unexpected end of data", b, i);
        }
        int c = s[i + k] & 0xFF;
        boolean ok = (c & 0xC0) == 0x80
            && !(k == 1 && b == 0xE0 && c < 0xA0) && !(k == 1 && b == 0xED && c > 0x9F)
            && !(k == 1 && b == 0xF0 && c < 0x90) && !(k == 1 && b == 0xF4 && c > 0x8F);
        if (!ok) {
          return String.format("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid continuation byte", b, i);
        }
      }
      i += need + 1;
    }
    return "(unicode error) 'utf-8' codec can't decode the source";
  }

  /**
   * The error record FETCH_RESULT returns after status 6: u32 kind (0 SyntaxError, 1
   * IndentationError, 2 TabError), u32 lineno, offset, end_lineno, end_offset, u32 byte lengths of
   * msg, filename and text (0xFFFFFFFF: no text), then the three UTF-8 strings.
   */
  static byte[] errorRecord(CompileError.Kind kind, String msg, String filename, int line, int column, int endLine,
      int endColumn, String text) {
    byte[] m = msg.getBytes(StandardCharsets.UTF_8);
    byte[] f = filename.getBytes(StandardCharsets.UTF_8);
    byte[] t = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(32 + m.length + f.length + t.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(kind.ordinal()).putInt(line).putInt(column).putInt(endLine).putInt(endColumn);
    b.putInt(m.length).putInt(f.length).putInt(text == null ? -1 : t.length);
    b.put(m).put(f).put(t);
    return b.array();
  }
}
