#!/usr/bin/env bash
# Puts libunicorn 2.1.1 (Debian trixie's libunicorn2t64 2.1.1-2+b2) and its headers into
# .cache/unicorn/ without touching the system's apt state. Idempotent: does nothing when present.
# Why this version: bookworm's 2.0.1 and sid's 2.1.4 take a slow path on guest stores
# (40x and 10x slower); see docs/performance.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache="$root/.cache/unicorn"
version="2.1.1-2+b2"
lib="$cache/usr/lib/x86_64-linux-gnu/libunicorn.so.2"
hdr="$cache/usr/include/unicorn/unicorn.h"
if [ -f "$lib" ] && [ -f "$hdr" ]; then
  exit 0
fi
mkdir -p "$cache/apt/lists/partial" "$cache/debs"
# Reuse the URI of the machine's own Debian source; never name a registry host here.
uri=""
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
fi
if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
  uri=$(awk '$1=="deb" && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list)
fi
if [ -z "$uri" ]; then
  echo "fetch-unicorn: cannot find the machine's Debian source URI" >&2
  exit 3
fi
printf 'deb [trusted=yes] %s trixie main\n' "$uri" > "$cache/apt/sources.list"
opts=(-o "Dir::Etc::SourceList=$cache/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
      -o "Dir::State::Lists=$cache/apt/lists" -o "Dir::Cache::Archives=$cache/apt"
      -o Debug::NoLocking=1 -o APT::Sandbox::User=root -o Acquire::Languages=none)
echo "fetch-unicorn: downloading libunicorn $version into .cache/unicorn" >&2
apt-get "${opts[@]}" -qq update >&2
(cd "$cache/debs" && apt-get "${opts[@]}" -qq download "libunicorn2t64=$version" "libunicorn-dev=$version" >&2)
for deb in "$cache"/debs/*.deb; do
  dpkg -x "$deb" "$cache"
done
if [ ! -f "$lib" ] || [ ! -f "$hdr" ]; then
  echo "fetch-unicorn: the downloaded packages did not contain libunicorn.so.2 and unicorn.h" >&2
  exit 3
fi
