package dev.surveyor.render;

/** Escaping for the XML files the site ships (feed, sitemap, search description). */
final class Xml {
  private Xml() {}

  /** Text or attribute content: markup characters escaped, characters XML forbids dropped. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
