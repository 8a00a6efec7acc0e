package dev.rivet.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rivet.emulator.capstone.Capstone;
import dev.rivet.emulator.unicorn.Uc;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Java copies of C constants honest: compiles a C program against the real headers
 * (unicorn 2.1.1 from .cache, capstone 4 from the system) that prints every constant the binding
 * uses, and compares. Unicorn names come from the fields of {@link Uc} by reflection.
 */
class NativeConstantsTest {
  @Test
  void javaConstantsMatchTheCHeaders() throws Exception {
    Map<String, Long> java = new LinkedHashMap<>();
    for (Field f : Uc.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
        java.put(f.getName(), (long) f.getInt(null));
      }
    }
    assertFalse(java.isEmpty());
    java.put("CS_ARCH_X86", (long) Capstone.CS_ARCH_X86);
    java.put("CS_MODE_64", (long) Capstone.CS_MODE_64);
    java.put("offsetof(cs_insn, address)", Capstone.INSN_ADDRESS);
    java.put("offsetof(cs_insn, size)", Capstone.INSN_SIZE);
    java.put("offsetof(cs_insn, bytes)", Capstone.INSN_BYTES);
    java.put("offsetof(cs_insn, mnemonic)", Capstone.INSN_MNEMONIC);
    java.put("offsetof(cs_insn, op_str)", Capstone.INSN_OP_STR);
    java.put("sizeof(cs_insn)", Capstone.INSN_SIZEOF);

    StringBuilder c = new StringBuilder("""
        #include <stdio.h>
        #include <stddef.h>
        #include <unicorn/unicorn.h>
        #include <capstone/capstone.h>
        #define P(x) printf("%s=%lld\\n", #x, (long long)(x));
        int main(void) {
        """);
    for (String name : java.keySet()) {
      c.append("P(").append(name).append(")\n");
    }
    c.append("return 0; }\n");
    Files.createDirectories(GuestTools.OUT);
    Path src = GuestTools.OUT.resolve("constants.c");
    Path exe = GuestTools.OUT.resolve("constants");
    Files.writeString(src, c);
    String include = Path.of(System.getProperty("rivet.root"), ".cache/unicorn/usr/include").toString();
    GuestTools.run(List.of("gcc", "-I", include, "-o", exe.toString(), src.toString()));
    Map<String, Long> fromC = new LinkedHashMap<>();
    for (String line : GuestTools.run(List.of(exe.toString())).split("\n")) {
      int eq = line.lastIndexOf('=');
      fromC.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
    }
    List<String> wrong = new ArrayList<>();
    java.forEach((name, value) -> {
      if (!value.equals(fromC.get(name))) {
        wrong.add(name + ": java " + value + ", C " + fromC.get(name));
      }
    });
    assertEquals(List.of(), wrong);
  }

  @Test
  void capstoneDisassembles() throws Exception {
    Capstone cs = Capstone.get();
    var insns = cs.disassemble(new byte[] {0x48, (byte) 0x89, (byte) 0xe5, (byte) 0xc3}, 0x1000, 10);
    assertEquals(2, insns.size());
    assertEquals("mov rbp, rsp", insns.get(0).toString());
    assertEquals(0x1003, insns.get(1).address());
    assertEquals("ret", insns.get(1).toString());
    assertEquals("4.0", cs.version());
  }
}
