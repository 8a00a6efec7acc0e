package dev.rivet.cli;

import dev.rivet.emulator.BadGuestPointer;
import dev.rivet.emulator.BoardMachine;
import dev.rivet.emulator.GuestMemory;
import dev.rivet.emulator.HostCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Host calls READ_FILE (18) and STAT (19) of docs/board-abi.md for {@code rivet run --mount DIR}:
 * the guest reads files by paths relative to DIR. Absolute paths, ".." components, NUL bytes and
 * symlinks resolving outside DIR are refused (status 3); missing files are status 4.
 */
final class MountCalls {
  static final int READ_FILE = 18, STAT = 19;
  static final long KIND_FILE = 1, KIND_DIRECTORY = 2;
  static final long PATH_LIMIT = 4096;
  /** Boot option bit 3 (docs/board-abi.md): the runtime loads argv[0] from the mount as __main__. */
  static final long MOUNT_MAIN = 1L << 3;
  /** Largest file the guest may read (its heap is far smaller anyway). */
  static final long FILE_LIMIT = 64L << 20;

  private final Path root;

  /** @param root the mounted directory, already resolved with toRealPath */
  MountCalls(Path root) {
    this.root = root;
  }

  static void register(BoardMachine machine, Path root) {
    MountCalls calls = new MountCalls(root);
    machine.registerHostCall(READ_FILE, calls::readFile);
    machine.registerHostCall(STAT, calls::stat);
  }

  /** A resolved path inside the mount, a status for the guest (refused / not found) otherwise. */
  sealed interface Lookup {}

  record Found(Path path) implements Lookup {}

  record Failed(int status) implements Lookup {}

  Lookup resolve(String relative) {
    if (relative.isEmpty() || relative.indexOf('\0') >= 0 || relative.startsWith("/") || relative.startsWith("\\")) {
      return new Failed(HostCall.REFUSED);
    }
    if (Arrays.asList(relative.split("[/\\\\]")).contains("..")) {
      return new Failed(HostCall.REFUSED);
    }
    Path p;
    try {
      p = root.resolve(relative).normalize();
    } catch (RuntimeException e) {
      return new Failed(HostCall.REFUSED);
    }
    if (!p.startsWith(root)) {
      return new Failed(HostCall.REFUSED);
    }
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.exists(p)) {
      return new Failed(HostCall.NOT_FOUND);
    }
    try {
      Path real = p.toRealPath();
      if (!real.startsWith(root)) {
        return new Failed(HostCall.REFUSED); // a symlink leading out of the mount
      }
      return new Found(real);
    } catch (IOException e) {
      // a dangling symlink: say refused when it points out, not found otherwise
      return new Failed(Files.isSymbolicLink(p) ? HostCall.REFUSED : HostCall.NOT_FOUND);
    }
  }

  HostCall.Reply stat(HostCall call, GuestMemory memory) throws BadGuestPointer {
    if (call.arg1() < 0 || call.arg1() > PATH_LIMIT) {
      return HostCall.Reply.status(HostCall.REFUSED);
    }
    Lookup l = resolve(memory.readUtf8(call.arg0(), call.arg1()));
    if (l instanceof Failed f) {
      return HostCall.Reply.status(f.status());
    }
    Path p = ((Found) l).path();
    try {
      if (Files.isDirectory(p)) {
        return new HostCall.Reply(HostCall.OK, KIND_DIRECTORY, 0);
      }
      return new HostCall.Reply(HostCall.OK, KIND_FILE, Files.size(p));
    } catch (IOException e) {
      return HostCall.Reply.status(HostCall.HOST_ERROR);
    }
  }

  HostCall.Reply readFile(HostCall call, GuestMemory memory) throws BadGuestPointer {
    if (call.arg1() < 0 || call.arg1() > PATH_LIMIT || call.arg3() < 0) {
      return HostCall.Reply.status(HostCall.REFUSED);
    }
    Lookup l = resolve(memory.readUtf8(call.arg0(), call.arg1()));
    if (l instanceof Failed f) {
      return HostCall.Reply.status(f.status());
    }
    Path p = ((Found) l).path();
    if (Files.isDirectory(p)) {
      return HostCall.Reply.status(HostCall.REFUSED);
    }
    try {
      long size = Files.size(p);
      if (size > FILE_LIMIT) {
        return HostCall.Reply.status(HostCall.REFUSED);
      }
      byte[] data = Files.readAllBytes(p);
      int n = (int) Math.min(data.length, call.arg3());
      memory.write(call.arg2(), Arrays.copyOf(data, n));
      return new HostCall.Reply(HostCall.OK, data.length, n);
    } catch (IOException e) {
      return HostCall.Reply.status(HostCall.HOST_ERROR);
    }
  }
}
