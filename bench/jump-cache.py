#!/usr/bin/env python3
"""Estimates how often a program's hot indirect-jump targets evict each other from QEMU's TB jump
cache, from a `rivet run --profile --profile-blocks --profile-top=3000` listing and the runtime ELF.

Why: an indirect jump (the VM's computed-goto dispatch, `ret`, a call through a pointer) finds its
next translation block through a 4,096-entry cache indexed by
    t = pc ^ (pc >> 6);  slot = ((t >> 6) & 0xFC0) | (t & 0x3F)
(QEMU 5's tb_jmp_cache_hash_func; Unicorn 2.1.1 is QEMU 5.0-based): the targets of one 4 KiB page
share 64 slots. Two hot targets in one slot evict each other, and each miss costs a hash-table
lookup (~20-25 ns measured on this machine, docs/performance.md "code placement"). Blocks reached by
a chained direct jump never consult the cache, so only blocks that can be reached indirectly are
counted: return sites (the instruction after a call), function entries, and code addresses stored
in .rodata (the computed-goto tables). Per slot, the counts of all but its most-run target are
summed: a lower bound on the misses (it ignores how the runs interleave in time).

Usage: bench/jump-cache.py LISTING [ELF]   (ELF default: runtime-image/build/O2/rivet-runtime.elf,
the runtime the listing was made with). Prints figures only.
"""
import collections
import os
import re
import struct
import subprocess
import sys

ROW = re.compile(r'\s(\d+)\s+(\d+)\s+[\d.]+\s+(\S+) \(0x([0-9a-f]+)\)')
HEADER = re.compile(r'profile: (\d+) guest instructions in (\d+) translation blocks')


def slot(pc):
    t = pc ^ (pc >> 6)
    return ((t >> 6) & 0xFC0) | (t & 0x3F)


def sections(elf):
    out = subprocess.run(['readelf', '-SW', elf], capture_output=True, text=True, check=True).stdout
    found = {}
    for line in out.splitlines():
        m = re.search(r'\]\s+(\.\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)', line)
        if m:
            found[m.group(1)] = tuple(int(m.group(i), 16) for i in (2, 3, 4))
    return found


def indirect_targets(elf):
    """Addresses an indirect jump can reach: return sites, function entries, code pointers in .rodata."""
    targets = set()
    after_call = False
    dis = subprocess.run(['objdump', '-d', '--no-show-raw-insn', elf], capture_output=True, text=True,
                         check=True).stdout
    for line in dis.splitlines():
        m = re.match(r'\s+([0-9a-f]+):\s+(\S+)', line)
        if m:
            if after_call:
                targets.add(int(m.group(1), 16))
            after_call = m.group(2).startswith('call')
            continue
        m = re.match(r'([0-9a-f]+) <.*>:', line)
        if m:
            targets.add(int(m.group(1), 16))
    sec = sections(elf)
    text_addr, _, text_size = sec['.text']
    _, ro_off, ro_size = sec['.rodata']
    with open(elf, 'rb') as f:
        f.seek(ro_off)
        data = f.read(ro_size)
    for i in range(0, len(data) - 7, 8):
        v = struct.unpack_from('<Q', data, i)[0]
        if text_addr <= v < text_addr + text_size:
            targets.add(v)
    return targets


def main(argv):
    if len(argv) not in (2, 3):
        print('usage: bench/jump-cache.py LISTING [ELF]', file=sys.stderr)
        return 2
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    elf = argv[2] if len(argv) == 3 else os.path.join(root, 'runtime-image/build/O2/rivet-runtime.elf')
    targets = indirect_targets(elf)
    by_slot = collections.defaultdict(list)
    instructions = blocks = rows = 0
    with open(argv[1]) as f:
        for line in f:
            m = HEADER.search(line)
            if m:
                instructions, blocks = int(m.group(1)), int(m.group(2))
            m = ROW.search(line)
            if m:
                rows += 1
                pc = int(m.group(4), 16)
                if pc in targets:
                    by_slot[slot(pc)].append((int(m.group(2)), m.group(3)))
    if rows == 0:
        print('jump-cache: error: no --profile-blocks rows in ' + argv[1], file=sys.stderr)
        return 1
    shared = []
    for s, runs in by_slot.items():
        if len(runs) > 1:
            runs.sort(reverse=True)
            shared.append((sum(c for c, _ in runs[1:]), s, runs))
    shared.sort(reverse=True)
    total = sum(c for c, _, _ in shared)
    print('%d instructions, %d blocks; indirect targets in shared slots: %.2f M runs (%d rows read)'
          % (instructions, blocks, total / 1e6, rows))
    for c, s, runs in shared[:8]:
        if c == 0:
            break
        print('  %7.2f M  slot %03x: %s' % (c / 1e6, s, '  '.join('%s %.2fM' % (n, r / 1e6) for r, n in runs[:3])))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
