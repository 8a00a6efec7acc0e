package dev.rivet.tests;

import static org.junit.jupiter.api.Assertions.*;

import dev.rivet.compiler.emit.Op;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The runtime's opcode names (runtime-image/src/vm/opcodes.h) against the compiler's instruction
 * table (Op): the same names with the same numbers, every one of them. The two modules do not
 * depend on each other; this module sees both.
 */
class OpcodesHeaderTest {
  @Test
  void runtimeOpcodesMatchTheCompilersTable() throws Exception {
    Path header = Path.of(System.getProperty("rivet.root"), "runtime-image/src/vm/opcodes.h");
    Map<String, Integer> inC = new TreeMap<>();
    Matcher m = Pattern.compile("BC_([A-Z_]+) = 0x([0-9A-F]{2}),").matcher(Files.readString(header));
    while (m.find()) {
      assertNull(inC.put(m.group(1), Integer.parseInt(m.group(2), 16)), "twice in opcodes.h: " + m.group(1));
    }
    Map<String, Integer> inJava = new TreeMap<>();
    for (Op op : Op.values()) {
      inJava.put(op.name(), op.code);
    }
    assertEquals(inJava, inC);
  }
}
