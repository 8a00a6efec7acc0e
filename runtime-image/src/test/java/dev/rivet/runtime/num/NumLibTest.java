package dev.rivet.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the freestanding numeric library (runtime-image/src/lib/num) against CPython 3.11:
 * builds the host driver with gcc, feeds it the checked-in vectors and compares every output
 * line with what CPython printed (expected.txt, written by gen_vectors.py; for exp/log/pow/trig the
 * expected values are exact results rounded once, computed with Python's decimal module, because
 * glibc's, which CPython prints, are not always correctly rounded). The library objects
 * under test are the ones the firmware gets: compiled with its freestanding flags (the host
 * driver links them with -no-pie). Also proves they need nothing from libc beyond the four
 * memory functions gcc itself may emit calls to.
 */
class NumLibTest {
    /** The optimisation levels of the firmware's runtime variants (Makefile: O2, O0). */
    private static final List<String> LEVELS = List.of("-O2", "-O0");
    private static final List<String> FREESTANDING = List.of("gcc", "-ffreestanding",
            "-fno-pic", "-fno-pie", "-nostdlib", "-mno-red-zone", "-fno-stack-protector",
            "-Wall", "-Wextra", "-Werror");
    private static final Set<String> ALLOWED_UNDEFINED = Set.of("memcpy", "memset", "memmove", "memcmp");

    @TempDir static Path tmp;
    private static final java.util.Map<String, List<String>> objects = new java.util.TreeMap<>();

    private static Path moduleDir() {
        String root = System.getProperty("rivet.root");
        return root != null ? Path.of(root, "runtime-image") : Path.of("").toAbsolutePath();
    }

    /** The library itself (firmware sources). */
    private static Path numDir() { return moduleDir().resolve("src/lib/num"); }

    /** Host-side driver and CPython vectors (outside src/lib: the firmware build globs it). */
    private static Path testDir() { return moduleDir().resolve("src/test/c/num"); }

    private static List<Path> librarySources() throws IOException {
        try (Stream<Path> s = Files.list(numDir())) {
            return s.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
    }

    private static String run(List<String> cmd, Path stdin, Path stdout) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(stdout == null);
        if (stdin != null) pb.redirectInput(stdin.toFile());
        if (stdout != null) pb.redirectOutput(stdout.toFile());
        Process p = pb.start();
        String text = stdout == null ? new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                                     : new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        assertEquals(0, rc, () -> String.join(" ", cmd) + " failed:\n" + text);
        return text;
    }

    @BeforeAll
    static void compileLibrary() throws Exception {
        for (String level : LEVELS) {
            List<String> objs = new ArrayList<>();
            for (Path src : librarySources()) {
                Path obj = tmp.resolve(level.substring(1) + "-" + src.getFileName() + ".o");
                List<String> cmd = new ArrayList<>(FREESTANDING);
                cmd.add(level);
                cmd.addAll(List.of("-c", src.toString(), "-o", obj.toString()));
                run(cmd, null, null);
                objs.add(obj.toString());
            }
            objects.put(level, objs);
        }
    }

    @Test
    void buildsFreestandingWithOnlyMemoryFunctionsUndefined() throws Exception {
        Path combined = tmp.resolve("num.o");
        List<String> ld = new ArrayList<>(List.of("ld", "-r", "-o", combined.toString()));
        ld.addAll(objects.get("-O2"));
        run(ld, null, null);
        String nm = run(List.of("nm", "-u", combined.toString()), null, null);
        Set<String> undefined = new TreeSet<>();
        for (String line : nm.split("\n")) {
            String t = line.trim();
            if (!t.isEmpty()) undefined.add(t.substring(t.lastIndexOf(' ') + 1));
        }
        undefined.removeAll(ALLOWED_UNDEFINED);
        assertTrue(undefined.isEmpty(), "library needs symbols it must not: " + undefined);
    }

    @Test
    void matchesCPython311OnEveryVector() throws Exception {
        List<String> vectors = Files.readAllLines(testDir().resolve("vectors.txt"), StandardCharsets.UTF_8);
        List<String> expected = Files.readAllLines(testDir().resolve("expected.txt"), StandardCharsets.UTF_8);
        assertEquals(vectors.size(), expected.size(), "vectors.txt and expected.txt out of step");
        assertTrue(vectors.size() > 60000, "too few vectors: " + vectors.size());
        List<String> report = new ArrayList<>();
        for (String level : LEVELS) {
            Path exe = tmp.resolve("numtest" + level);
            List<String> cmd = new ArrayList<>(List.of("gcc", "-O2", "-Wall", "-no-pie", "-o",
                    exe.toString(), testDir().resolve("numtest.c").toString(), "-I" + numDir()));
            cmd.addAll(objects.get(level));
            run(cmd, null, null);
            Path actualFile = tmp.resolve("actual" + level + ".txt");
            run(List.of(exe.toString()), testDir().resolve("vectors.txt"), actualFile);
            List<String> actual = Files.readAllLines(actualFile, StandardCharsets.UTF_8);
            List<String> diffs = new ArrayList<>();
            int failures = 0;
            for (int i = 0; i < expected.size(); i++) {
                String got = i < actual.size() ? actual.get(i) : "<no output>";
                if (!got.equals(expected.get(i))) {
                    failures++;
                    if (diffs.size() < 20)
                        diffs.add("line " + (i + 1) + ": " + abbreviate(vectors.get(i)) + "\n  expected: "
                                + abbreviate(expected.get(i)) + "\n  actual:   " + abbreviate(got));
                }
            }
            if (failures > 0 || actual.size() != expected.size())
                report.add("library built with " + level + ": " + failures + " of " + expected.size()
                        + " lines differ from expected.txt (output has " + actual.size() + " lines):\n"
                        + String.join("\n", diffs));
        }
        if (!report.isEmpty()) fail(String.join("\n", report));
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...(" + s.length() + " chars)";
    }
}
