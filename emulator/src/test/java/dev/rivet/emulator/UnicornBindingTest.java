package dev.rivet.emulator;

import static dev.rivet.emulator.unicorn.Uc.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.rivet.emulator.unicorn.HookFailure;
import dev.rivet.emulator.unicorn.Unicorn;
import dev.rivet.emulator.unicorn.UnicornException;
import dev.rivet.emulator.unicorn.UnicornLibrary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The FFM binding against the real libunicorn: memory, registers, hooks, contexts, errors. */
class UnicornBindingTest {
  static final long CODE = 0x10_0000;
  static final long DATA = 0x20_0000;

  @Test
  void versionIsTheOneWeFetch() throws Exception {
    assertEquals("2.1.1", UnicornLibrary.get().versionString());
  }

  @Test
  void mapReadWriteAndRegisters() throws Exception {
    try (Unicorn uc = Unicorn.open()) {
      uc.memMap(DATA, 0x1000, UC_PROT_READ | UC_PROT_WRITE);
      uc.memWrite(DATA + 8, new byte[] {1, 2, 3});
      assertArrayEquals(new byte[] {0, 1, 2, 3, 0}, uc.memRead(DATA + 7, 5));
      uc.regWrite(UC_X86_REG_R13, 0x1234_5678_9abc_def0L);
      assertEquals(0x1234_5678_9abc_def0L, uc.regRead(UC_X86_REG_R13));
      UnicornException e = assertThrows(UnicornException.class, () -> uc.memRead(DATA + 0x1000, 4));
      assertEquals(UC_ERR_READ_UNMAPPED, e.code());
      assertThrows(UnicornException.class, () -> uc.memMap(DATA, 0x1000, UC_PROT_ALL));
      uc.memProtect(DATA, 0x1000, UC_PROT_READ);
      uc.memUnmap(DATA, 0x1000);
      assertThrows(UnicornException.class, () -> uc.memRead(DATA, 1));
    }
  }

  @Test
  void runsCodeWithPortHooks() throws Exception {
    byte[] code = GuestTools.assemble("""
        mov $0x41, %al
        mov $0x3f8, %dx
        out %al, %dx
        in $0x40, %eax
        mov %eax, %ebx
        mov $7, %al
        out %al, $0xf4
        hlt
        """);
    try (Unicorn uc = Unicorn.open()) {
      uc.memMap(CODE, 0x1000, UC_PROT_READ | UC_PROT_EXEC);
      uc.memWrite(CODE, code);
      List<String> events = new ArrayList<>();
      uc.hookPortOut((port, size, value) -> {
        events.add(String.format("out %x %d %x", port, size, value));
        if (port == 0xf4) {
          uc.stop();
        }
      });
      uc.hookPortIn((port, size) -> {
        events.add(String.format("in %x %d", port, size));
        return 0xCAFE;
      });
      int err = uc.start(CODE, CODE + code.length, 0, 0);
      assertEquals(UC_ERR_OK, err);
      assertEquals(List.of("out 3f8 1 41", "in 40 4", "out f4 1 7"), events);
      assertEquals(0xCAFE, uc.regRead(UC_X86_REG_RBX));
    }
  }

  @Test
  void codeBlockMemoryAndInvalidMemoryHooks() throws Exception {
    byte[] code = GuestTools.assemble("""
        mov $0x200010, %rdi
        movq $5, (%rdi)
        mov (%rdi), %rax
        jmp 1f
        1: mov $0x300000, %rsi
        mov (%rsi), %rax
        """);
    try (Unicorn uc = Unicorn.open()) {
      uc.memMap(CODE, 0x1000, UC_PROT_READ | UC_PROT_EXEC);
      uc.memMap(DATA, 0x1000, UC_PROT_READ | UC_PROT_WRITE);
      uc.memWrite(CODE, code);
      List<Long> blocks = new ArrayList<>();
      int[] instructions = {0};
      List<String> mem = new ArrayList<>();
      List<String> invalid = new ArrayList<>();
      uc.hookCode(UC_HOOK_BLOCK, (a, s) -> blocks.add(a), 1, 0);
      uc.hookCode(UC_HOOK_CODE, (a, s) -> instructions[0]++, 1, 0);
      uc.hookMemory(UC_HOOK_MEM_READ | UC_HOOK_MEM_WRITE,
          (t, a, s, v) -> mem.add(String.format("%d %x %d %d", t, a, s, t == UC_MEM_WRITE ? v : 0)), DATA, DATA + 0xfff);
      uc.hookInvalidMemory(UC_HOOK_MEM_INVALID, (t, a, s, v) -> {
        invalid.add(String.format("%d %x %d", t, a, s));
        return false;
      });
      int err = uc.start(CODE, CODE + code.length, 0, 0);
      assertEquals(UC_ERR_READ_UNMAPPED, err);
      assertEquals(List.of(String.format("%d 200010 8 5", UC_MEM_WRITE), String.format("%d 200010 8 0", UC_MEM_READ)), mem);
      assertEquals(List.of(String.format("%d 300000 8", UC_MEM_READ_UNMAPPED)), invalid);
      assertEquals(2, blocks.size());
      assertEquals(CODE, blocks.get(0));
      assertEquals(6, instructions[0]);
    }
  }

  @Test
  void interruptHookSeesDivideError() throws Exception {
    byte[] code = GuestTools.assemble("""
        xor %ecx, %ecx
        mov $1, %eax
        cltd
        idiv %ecx
        """);
    try (Unicorn uc = Unicorn.open()) {
      uc.memMap(CODE, 0x1000, UC_PROT_READ | UC_PROT_EXEC);
      uc.memWrite(CODE, code);
      List<Integer> interrupts = new ArrayList<>();
      uc.hookInterrupt(n -> {
        interrupts.add(n);
        uc.stop();
      });
      uc.start(CODE, CODE + code.length, 0, 0);
      assertEquals(List.of(0), interrupts);
    }
  }

  @Test
  void exceptionInHookStopsTheRunAndIsRethrown() throws Exception {
    byte[] code = GuestTools.assemble("""
        1: out %al, $0x80
        jmp 1b
        """);
    try (Unicorn uc = Unicorn.open()) {
      uc.memMap(CODE, 0x1000, UC_PROT_READ | UC_PROT_EXEC);
      uc.memWrite(CODE, code);
      uc.hookPortOut((p, s, v) -> {
        throw new IllegalStateException("boom in a hook");
      });
      HookFailure f = assertThrows(HookFailure.class, () -> uc.start(CODE, 0, 0, 0));
      assertEquals("boom in a hook", f.getCause().getMessage());
      // The engine is still usable afterwards.
      uc.regWrite(UC_X86_REG_RAX, 3);
      assertEquals(3, uc.regRead(UC_X86_REG_RAX));
    }
  }

  @Test
  void contextSaveRestore() throws Exception {
    try (Unicorn uc = Unicorn.open()) {
      uc.regWrite(UC_X86_REG_RAX, 11);
      try (Unicorn.Context ctx = uc.contextSave()) {
        uc.regWrite(UC_X86_REG_RAX, 22);
        uc.contextRestore(ctx);
        assertEquals(11, uc.regRead(UC_X86_REG_RAX));
      }
    }
  }

  @Test
  void countAndTimeoutStopTheRun() throws Exception {
    byte[] code = GuestTools.assemble("""
        1: inc %rax
        jmp 1b
        """);
    try (Unicorn uc = Unicorn.open()) {
      uc.memMap(CODE, 0x1000, UC_PROT_READ | UC_PROT_EXEC);
      uc.memWrite(CODE, code);
      assertEquals(UC_ERR_OK, uc.start(CODE, 0, 0, 1001));
      assertEquals(501, uc.regRead(UC_X86_REG_RAX));
      assertFalse(uc.timedOut());
      assertEquals(UC_ERR_OK, uc.start(CODE, 0, 20_000, 0));
      assertTrue(uc.timedOut());
    }
  }
}
