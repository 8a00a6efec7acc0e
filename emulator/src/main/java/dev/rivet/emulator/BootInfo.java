package dev.rivet.emulator;

import dev.rivet.board.Board;
import dev.rivet.board.MemoryMap;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Builds the boot-info block, version 1 (docs/board-abi.md, "Boot-info block"; the C side is
 * runtime-image/src/hal/bootinfo.h). Offsets are the ABI's; BoardMachineTest reads them back from
 * the guest's point of view.
 */
final class BootInfo {
  static final int MAGIC = 0x49425652;
  static final int VERSION = 1;
  static final int SIZE = 4096;

  private BootInfo() {}

  static byte[] build(MemoryMap map, long imageBase, long imageSize, BootOptions options) {
    Board b = map.board();
    ByteBuffer buf = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
    buf.putInt(0, MAGIC);
    buf.putInt(4, VERSION);
    buf.putLong(8, b.flash().base());
    buf.putLong(16, b.flash().size());
    buf.putLong(24, b.ram().base());
    buf.putLong(32, b.ram().size());
    buf.putLong(40, map.heapBase());
    buf.putLong(48, map.heapEnd() - map.heapBase());
    buf.putLong(56, map.stackBase());
    buf.putLong(64, map.stackTop() - map.stackBase());
    buf.putLong(72, imageBase);
    buf.putLong(80, imageSize);
    buf.putLong(88, options.options());
    buf.putLong(96, options.gcAt().size());
    for (int i = 0; i < options.gcAt().size(); i++) {
      buf.putLong(104 + 8 * i, options.gcAt().get(i));
    }
    Board.Devices d = b.devices();
    buf.putShort(232, (short) d.uartPort());
    buf.putShort(234, (short) d.exitPort());
    buf.putShort(236, (short) d.hostcallPort());
    buf.putShort(238, (short) d.clockPort());
    buf.putLong(240, d.clockHz());
    byte[] name = b.name().getBytes(StandardCharsets.UTF_8);
    buf.put(248, name, 0, Math.min(name.length, 31));
    int at = 288;
    for (String arg : options.argv()) {
      byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
      buf.put(at, bytes);
      at += bytes.length + 1;
    }
    buf.putInt(280, options.argv().size());
    buf.putInt(284, at - 288);
    return buf.array();
  }
}
