package dev.rivet.cli;

import static org.junit.jupiter.api.Assertions.*;

import dev.rivet.board.Board;
import dev.rivet.board.Boards;
import dev.rivet.emulator.BadGuestPointer;
import dev.rivet.emulator.BoardMachine;
import dev.rivet.emulator.BootOptions;
import dev.rivet.emulator.GuestMemory;
import dev.rivet.emulator.HostCall;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The COMPILE / FETCH_RESULT / READ_FILE / STAT handlers against a real booted board's memory
 * (GuestMemory validates pointers against its RAM and flash map): good requests, bad pointers,
 * limits, compile errors, and paths leading out of the mount.
 */
class RunTimeHostCallsTest {
  BoardMachine machine;
  GuestMemory mem;
  long buf; // scratch area in the board's heap (nothing runs, so nothing else uses it)

  @BeforeEach
  void boot() throws Exception {
    Board board = Boards.load("standard");
    FirmwareInput.Resolved fw = FirmwareInput.link(new byte[0], "empty", board, null);
    machine = BoardMachine.boot(board, fw.firmware().elf(), BootOptions.DEFAULT);
    mem = machine.memory();
    buf = machine.memoryMap().heapBase();
  }

  @AfterEach
  void close() {
    machine.close();
  }

  long put(long at, String s) throws BadGuestPointer {
    mem.write(at, s.getBytes(StandardCharsets.UTF_8));
    return at;
  }

  HostCall compileCall(String source, String filename, int mode) throws BadGuestPointer {
    byte[] src = source.getBytes(StandardCharsets.UTF_8);
    byte[] fn = filename.getBytes(StandardCharsets.UTF_8);
    mem.write(buf, src);
    mem.write(buf + 0x10000, fn);
    return new HostCall(RuntimeCompileCalls.COMPILE, buf, src.length, buf + 0x10000, fn.length | ((long) mode << 32));
  }

  @Test
  void compileThenFetchCopiesAOneModuleImageIntoGuestMemory() throws Exception {
    RuntimeCompileCalls calls = new RuntimeCompileCalls();
    HostCall.Reply r = calls.compile(compileCall("print(1 + 2)", "me", 0), mem);
    assertEquals(HostCall.OK, r.status());
    long size = r.ret0();
    HostCall.Reply small = calls.fetch(new HostCall(RuntimeCompileCalls.FETCH_RESULT, buf + 0x20000, size - 1, 0, 0), mem);
    assertEquals(HostCall.REFUSED, small.status(), "a buffer too small is refused, the result stays pending");
    HostCall.Reply f = calls.fetch(new HostCall(RuntimeCompileCalls.FETCH_RESULT, buf + 0x20000, size, 0, 0), mem);
    assertEquals(HostCall.OK, f.status());
    assertEquals(size, f.ret0());
    ByteBuffer image = ByteBuffer.wrap(mem.read(buf + 0x20000, size)).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(0x43425652, image.getInt(0), "RVBC magic");
    assertEquals(size, image.getInt(8), "total size");
    assertEquals(1, image.getInt(20), "one module");
    assertEquals(0xFFFFFFFF, image.getInt(28), "no main module");
    assertEquals(HostCall.NOT_FOUND,
        calls.fetch(new HostCall(RuntimeCompileCalls.FETCH_RESULT, buf + 0x20000, size, 0, 0), mem).status(),
        "fetched once: nothing pending any more");
  }

  @Test
  void syntaxErrorComesBackAsARecordWithCPythonsFields() throws Exception {
    RuntimeCompileCalls calls = new RuntimeCompileCalls();
    HostCall.Reply r = calls.compile(compileCall("x = = 2", "bad-src", 0), mem);
    assertEquals(RuntimeCompileCalls.COMPILE_ERROR, r.status());
    HostCall.Reply f = calls.fetch(new HostCall(RuntimeCompileCalls.FETCH_RESULT, buf + 0x20000, r.ret0(), 0, 0), mem);
    assertEquals(HostCall.OK, f.status());
    ByteBuffer rec = ByteBuffer.wrap(mem.read(buf + 0x20000, r.ret0())).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(0, rec.getInt(0), "SyntaxError");
    assertEquals(1, rec.getInt(4), "lineno");
    // python3 -c "compile('x = = 2', 'bad-src', 'exec')": SyntaxError: invalid syntax, offset 5
    assertEquals(5, rec.getInt(8), "offset");
    int nmsg = rec.getInt(20), nfile = rec.getInt(24), ntext = rec.getInt(28);
    byte[] all = rec.array();
    assertEquals("invalid syntax", new String(all, 32, nmsg, StandardCharsets.UTF_8));
    assertEquals("bad-src", new String(all, 32 + nmsg, nfile, StandardCharsets.UTF_8));
    assertEquals("x = = 2\n", new String(all, 32 + nmsg + nfile, ntext, StandardCharsets.UTF_8));
  }

  @Test
  void nulBytesAndBadUtf8AreCompileErrorsAsInCPython() throws Exception {
    RuntimeCompileCalls calls = new RuntimeCompileCalls();
    HostCall.Reply nul = calls.compile(compileCall("a\0b", "f", 0), mem);
    assertEquals(RuntimeCompileCalls.COMPILE_ERROR, nul.status());
    mem.write(buf, new byte[] {(byte) 0xFF});
    HostCall.Reply bad = calls.compile(new HostCall(RuntimeCompileCalls.COMPILE, buf, 1, buf, 1), mem);
    assertEquals(RuntimeCompileCalls.COMPILE_ERROR, bad.status());
    // python3: compile(b'\xff', 'f', 'exec') -> SyntaxError: (unicode error) 'utf-8' codec can't decode
    // byte 0xff in position 0: invalid start byte
    assertEquals("(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
        RuntimeCompileCalls.unicodeErrorMessage(new byte[] {(byte) 0xFF}));
  }

  @Test
  void badPointersLimitsAndModesAreRejected() throws Exception {
    RuntimeCompileCalls calls = new RuntimeCompileCalls();
    assertThrows(BadGuestPointer.class, () -> calls.compile(new HostCall(RuntimeCompileCalls.COMPILE, 0x10, 4, buf, 1), mem),
        "a source pointer in unmapped memory");
    assertThrows(BadGuestPointer.class, () -> calls.compile(new HostCall(RuntimeCompileCalls.COMPILE, buf, 4, 0x10, 3), mem),
        "a filename pointer in unmapped memory");
    long heapEnd = machine.memoryMap().heapEnd();
    assertThrows(BadGuestPointer.class,
        () -> calls.compile(new HostCall(RuntimeCompileCalls.COMPILE, heapEnd - 2, 100, buf, 1), mem),
        "a source running into the guard page");
    assertEquals(HostCall.REFUSED, calls.compile(new HostCall(RuntimeCompileCalls.COMPILE, buf, (16L << 20) + 1, buf, 1),
        mem).status(), "over the 16 MiB source limit");
    assertEquals(HostCall.REFUSED, calls.compile(new HostCall(RuntimeCompileCalls.COMPILE, buf, 1, buf, 1 | (3L << 32)),
        mem).status(), "mode 3 does not exist");
    assertEquals(HostCall.OK, calls.compile(compileCall("1", "f", 1), mem).status());
    long flash = machine.firmware().entry();
    assertThrows(BadGuestPointer.class,
        () -> calls.fetch(new HostCall(RuntimeCompileCalls.FETCH_RESULT, flash, 1 << 20, 0, 0), mem),
        "the result may not be written to flash");
  }

  @Test
  void mountServesFilesInsideAndRefusesEverythingLeadingOut(@TempDir Path tmp) throws Exception {
    Path mount = Files.createDirectories(tmp.resolve("m"));
    Files.writeString(mount.resolve("main.py"), "print('hi')\n");
    Files.createDirectories(mount.resolve("pkg"));
    Files.writeString(tmp.resolve("secret.py"), "x = 1\n");
    Files.createSymbolicLink(mount.resolve("link.py"), tmp.resolve("secret.py"));
    Files.createSymbolicLink(mount.resolve("dirlink"), tmp);
    MountCalls calls = new MountCalls(mount.toRealPath());

    HostCall.Reply st = calls.stat(new HostCall(MountCalls.STAT, put(buf, "main.py"), 7, 0, 0), mem);
    assertEquals(new HostCall.Reply(HostCall.OK, MountCalls.KIND_FILE, 12), st);
    assertEquals(MountCalls.KIND_DIRECTORY, calls.stat(new HostCall(MountCalls.STAT, put(buf, "pkg"), 3, 0, 0), mem).ret0());
    HostCall.Reply rd = calls.readFile(new HostCall(MountCalls.READ_FILE, put(buf, "main.py"), 7, buf + 0x1000, 64), mem);
    assertEquals(HostCall.OK, rd.status());
    assertEquals("print('hi')\n", new String(mem.read(buf + 0x1000, rd.ret0()), StandardCharsets.UTF_8));

    for (String path : new String[] {"../secret.py", "pkg/../../secret.py", "/etc/passwd", "link.py", "dirlink/secret.py"}) {
      byte[] p = path.getBytes(StandardCharsets.UTF_8);
      mem.write(buf, p);
      assertEquals(HostCall.REFUSED, calls.stat(new HostCall(MountCalls.STAT, buf, p.length, 0, 0), mem).status(), path);
      assertEquals(HostCall.REFUSED,
          calls.readFile(new HostCall(MountCalls.READ_FILE, buf, p.length, buf + 0x1000, 64), mem).status(), path);
    }
    assertEquals(HostCall.NOT_FOUND, calls.stat(new HostCall(MountCalls.STAT, put(buf, "nope.py"), 7, 0, 0), mem).status());
    assertThrows(BadGuestPointer.class, () -> calls.stat(new HostCall(MountCalls.STAT, 0x10, 7, 0, 0), mem));
    assertThrows(BadGuestPointer.class,
        () -> calls.readFile(new HostCall(MountCalls.READ_FILE, put(buf, "main.py"), 7, 0x10, 64), mem),
        "the destination buffer is validated too");
  }
}
