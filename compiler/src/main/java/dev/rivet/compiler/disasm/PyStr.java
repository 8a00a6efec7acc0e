package dev.rivet.compiler.disasm;

/** Python's repr() of str and bytes, for listings. */
final class PyStr {
  private PyStr() {}

  static String repr(String s) {
    char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder().append(q);
    s.codePoints().forEach(cp -> {
      if (cp == q || cp == '\\') {
        sb.append('\\').appendCodePoint(cp);
      } else if (cp == '\n') {
        sb.append("\\n");
      } else if (cp == '\r') {
        sb.append("\\r");
      } else if (cp == '\t') {
        sb.append("\\t");
      } else if (cp < 0x20 || cp == 0x7F) {
        sb.append(String.format("\\x%02x", cp));
      } else if (Character.isISOControl(cp) || Character.isSurrogate((char) cp) && cp < 0x10000
          || !Character.isDefined(cp)) {
        sb.append(cp <= 0xFF ? String.format("\\x%02x", cp) : cp <= 0xFFFF ? String.format("\\u%04x", cp)
            : String.format("\\U%08x", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.append(q).toString();
  }

  static String bytesRepr(byte[] b) {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (byte x : b) {
      hasSingle |= x == '\'';
      hasDouble |= x == '"';
    }
    char q = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder sb = new StringBuilder("b").append(q);
    for (byte x : b) {
      int c = x & 0xFF;
      if (c == q || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || c >= 0x7F) {
        sb.append(String.format("\\x%02x", c));
      } else {
        sb.append((char) c);
      }
    }
    return sb.append(q).toString();
  }
}
