package dev.rivet.emulator.unicorn;

/**
 * The libunicorn 2 constants Rivet uses, named exactly as in the C headers (unicorn.h, x86.h) so
 * that UcConstantsTest can compile a C program against the headers and compare every field here.
 * Never add a constant without its C name: the test finds them by reflection.
 */
public final class Uc {
  private Uc() {}

  public static final int UC_ARCH_X86 = 4;
  public static final int UC_MODE_64 = 8;

  public static final int UC_ERR_OK = 0;
  public static final int UC_ERR_NOMEM = 1;
  public static final int UC_ERR_HANDLE = 3;
  public static final int UC_ERR_READ_UNMAPPED = 6;
  public static final int UC_ERR_WRITE_UNMAPPED = 7;
  public static final int UC_ERR_FETCH_UNMAPPED = 8;
  public static final int UC_ERR_HOOK = 9;
  public static final int UC_ERR_INSN_INVALID = 10;
  public static final int UC_ERR_MAP = 11;
  public static final int UC_ERR_WRITE_PROT = 12;
  public static final int UC_ERR_READ_PROT = 13;
  public static final int UC_ERR_FETCH_PROT = 14;
  public static final int UC_ERR_ARG = 15;
  public static final int UC_ERR_EXCEPTION = 21;

  public static final int UC_PROT_NONE = 0;
  public static final int UC_PROT_READ = 1;
  public static final int UC_PROT_WRITE = 2;
  public static final int UC_PROT_EXEC = 4;
  public static final int UC_PROT_ALL = 7;

  public static final int UC_MEM_READ = 16;
  public static final int UC_MEM_WRITE = 17;
  public static final int UC_MEM_FETCH = 18;
  public static final int UC_MEM_READ_UNMAPPED = 19;
  public static final int UC_MEM_WRITE_UNMAPPED = 20;
  public static final int UC_MEM_FETCH_UNMAPPED = 21;
  public static final int UC_MEM_WRITE_PROT = 22;
  public static final int UC_MEM_READ_PROT = 23;
  public static final int UC_MEM_FETCH_PROT = 24;

  public static final int UC_HOOK_INTR = 1;
  public static final int UC_HOOK_INSN = 2;
  public static final int UC_HOOK_CODE = 4;
  public static final int UC_HOOK_BLOCK = 8;
  public static final int UC_HOOK_MEM_READ_UNMAPPED = 16;
  public static final int UC_HOOK_MEM_WRITE_UNMAPPED = 32;
  public static final int UC_HOOK_MEM_FETCH_UNMAPPED = 64;
  public static final int UC_HOOK_MEM_READ_PROT = 128;
  public static final int UC_HOOK_MEM_WRITE_PROT = 256;
  public static final int UC_HOOK_MEM_FETCH_PROT = 512;
  public static final int UC_HOOK_MEM_READ = 1024;
  public static final int UC_HOOK_MEM_WRITE = 2048;
  public static final int UC_HOOK_MEM_FETCH = 4096;
  public static final int UC_HOOK_INSN_INVALID = 16384;
  public static final int UC_HOOK_MEM_UNMAPPED = 112;
  public static final int UC_HOOK_MEM_PROT = 896;
  public static final int UC_HOOK_MEM_INVALID = 1008;

  public static final int UC_QUERY_MODE = 1;
  public static final int UC_QUERY_PAGE_SIZE = 2;
  public static final int UC_QUERY_TIMEOUT = 4;

  public static final int UC_X86_REG_EFLAGS = 25;
  public static final int UC_X86_REG_RAX = 35;
  public static final int UC_X86_REG_RBP = 36;
  public static final int UC_X86_REG_RBX = 37;
  public static final int UC_X86_REG_RCX = 38;
  public static final int UC_X86_REG_RDI = 39;
  public static final int UC_X86_REG_RDX = 40;
  public static final int UC_X86_REG_RIP = 41;
  public static final int UC_X86_REG_RSI = 43;
  public static final int UC_X86_REG_RSP = 44;
  public static final int UC_X86_REG_CR0 = 50;
  public static final int UC_X86_REG_CR4 = 54;
  public static final int UC_X86_REG_R8 = 106;
  public static final int UC_X86_REG_R9 = 107;
  public static final int UC_X86_REG_R10 = 108;
  public static final int UC_X86_REG_R11 = 109;
  public static final int UC_X86_REG_R12 = 110;
  public static final int UC_X86_REG_R13 = 111;
  public static final int UC_X86_REG_R14 = 112;
  public static final int UC_X86_REG_R15 = 113;

  public static final int UC_X86_INS_IN = 218;
  public static final int UC_X86_INS_OUT = 500;
}
