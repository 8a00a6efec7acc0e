# Sourced by ./rivet and the scripts: finds JDK 25 and exports JAVA_HOME, RIVET_ROOT, RIVET_UNICORN.
# Prints one line and returns 3 when no JDK 25 can be found.
RIVET_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RIVET_UNICORN="$RIVET_ROOT/.cache/unicorn/usr/lib/x86_64-linux-gnu/libunicorn.so.2"
export RIVET_ROOT RIVET_UNICORN

rivet_java_ok() { # $1 = a JAVA_HOME; true when it holds Java 25 or newer
  local v
  [ -x "$1/bin/java" ] || return 1
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  [ -n "$v" ] && [ "${v%%.*}" -ge 25 ] 2>/dev/null
}

rivet_find_java() {
  local candidate
  if [ -n "${JAVA_HOME:-}" ] && rivet_java_ok "$JAVA_HOME"; then
    return 0
  fi
  for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25-* /usr/lib/jvm/*; do
    if rivet_java_ok "$candidate"; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "rivet: error: no JDK 25 found (set JAVA_HOME, or install one under /usr/lib/jvm)" >&2
  return 3
}
