package dev.rivet.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON rivet reads and writes (gc-hunt reports and their merge): values are Map
 * (insertion-ordered), List, String, Long, Double, Boolean and null. {@link #write} renders them
 * with two-space indentation; {@link #parse} reads standard JSON and reports the first error with
 * its offset as an IllegalArgumentException.
 */
final class Json {
  private final String s;
  private int i;

  private Json(String s) {
    this.s = s;
  }

  static Object parse(String text) {
    Json j = new Json(text);
    j.space();
    Object v = j.value();
    j.space();
    if (j.i != text.length()) {
      throw j.error("unexpected text after the value");
    }
    return v;
  }

  static String write(Object v) {
    StringBuilder b = new StringBuilder();
    write(b, v, "");
    return b.append('\n').toString();
  }

  private static void write(StringBuilder b, Object v, String indent) {
    switch (v) {
      case null -> b.append("null");
      case String str -> quote(b, str);
      case Map<?, ?> m -> {
        if (m.isEmpty()) {
          b.append("{}");
          return;
        }
        b.append("{\n");
        int n = 0;
        for (var e : m.entrySet()) {
          b.append(indent).append("  ");
          quote(b, e.getKey().toString());
          b.append(": ");
          write(b, e.getValue(), indent + "  ");
          b.append(++n < m.size() ? ",\n" : "\n");
        }
        b.append(indent).append('}');
      }
      case List<?> l -> {
        if (l.isEmpty()) {
          b.append("[]");
          return;
        }
        boolean flat = l.stream().noneMatch(x -> x instanceof Map || x instanceof List);
        b.append(flat ? "[" : "[\n");
        for (int k = 0; k < l.size(); k++) {
          if (!flat) {
            b.append(indent).append("  ");
          }
          write(b, l.get(k), indent + "  ");
          if (k + 1 < l.size()) {
            b.append(flat ? ", " : ",\n");
          }
        }
        b.append(flat ? "]" : "\n" + indent + "]");
      }
      default -> b.append(v);
    }
  }

  private static void quote(StringBuilder b, String str) {
    b.append('"');
    for (char c : str.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }

  private Object value() {
    if (i >= s.length()) {
      throw error("unexpected end");
    }
    char c = s.charAt(i);
    switch (c) {
      case '{' -> {
        i++;
        Map<String, Object> m = new LinkedHashMap<>();
        space();
        if (peek('}')) {
          return m;
        }
        do {
          space();
          if (i >= s.length() || s.charAt(i) != '"') {
            throw error("expected a string key");
          }
          String k = string();
          space();
          expect(':');
          space();
          m.put(k, value());
          space();
        } while (peek(','));
        expect('}');
        return m;
      }
      case '[' -> {
        i++;
        List<Object> l = new ArrayList<>();
        space();
        if (peek(']')) {
          return l;
        }
        do {
          space();
          l.add(value());
          space();
        } while (peek(','));
        expect(']');
        return l;
      }
      case '"' -> {
        return string();
      }
      default -> {
        if (s.startsWith("true", i)) {
          i += 4;
          return true;
        }
        if (s.startsWith("false", i)) {
          i += 5;
          return false;
        }
        if (s.startsWith("null", i)) {
          i += 4;
          return null;
        }
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
          i++;
        }
        String num = s.substring(start, i);
        if (num.isEmpty()) {
          throw error("unexpected character '" + c + "'");
        }
        try {
          return num.matches("-?\\d+") ? (Object) Long.parseLong(num) : (Object) Double.parseDouble(num);
        } catch (NumberFormatException e) {
          throw error("bad number '" + num + "'");
        }
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (i < s.length() && s.charAt(i) != '"') {
      char c = s.charAt(i++);
      if (c == '\\') {
        if (i >= s.length()) {
          throw error("unfinished escape");
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'u' -> {
            if (i + 4 > s.length()) {
              throw error("short \\u escape");
            }
            try {
              b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            } catch (NumberFormatException ex) {
              throw error("bad \\u escape");
            }
            i += 4;
          }
          default -> b.append(e);
        }
      } else {
        b.append(c);
      }
    }
    expect('"');
    return b.toString();
  }

  private void space() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }

  private boolean peek(char c) {
    if (i < s.length() && s.charAt(i) == c) {
      i++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at offset " + i);
  }
}
