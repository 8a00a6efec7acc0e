#!/usr/bin/env bash
# Installs what Rivet needs on a machine of this kind, idempotently and quickly when all is there:
# the C toolchain that builds the runtime, Capstone for fault reports, and libunicorn 2.1.1.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/env.sh"
rivet_find_java

missing=()
for tool in gcc make as ld objdump addr2line; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ! ldconfig -p 2>/dev/null | grep -q 'libcapstone\.so\.4'; then
  missing+=(libcapstone)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "rivet: error: missing ${missing[*]}; install gcc, make, binutils and libcapstone4 (as root: apt-get install gcc make binutils libcapstone4)" >&2
    exit 3
  fi
  echo "rivet: installing gcc make binutils libcapstone4 (missing: ${missing[*]})" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq gcc make binutils libcapstone4 >&2
fi
bash "$here/fetch-unicorn.sh"
