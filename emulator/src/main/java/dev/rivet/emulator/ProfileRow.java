package dev.rivet.emulator;

/**
 * One row of a guest profile: a runtime function (or one translation block of it), the guest
 * instructions it executed and how many translation blocks it ran. Both figures are exact. Each
 * block run costs the emulator a fixed amount on top of its instructions (the counter's hook and
 * the jump between blocks), so a path with fewer, longer blocks runs faster at the same count.
 */
public record ProfileRow(String name, long instructions, long blocksRun) {}
