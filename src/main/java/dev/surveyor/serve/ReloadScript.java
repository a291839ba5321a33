package dev.surveyor.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The live-reload script, added to HTML as it is served (never to the files of the site): it
 * listens to the {@link EventStream} and knows which page it is on.
 */
final class ReloadScript {
  private static final String SOURCE = load();

  private ReloadScript() {}

  /**
   * The page with the script added before its closing body tag.
   *
   * @param page the site path being shown ("themes/peft.html"), or null for the 404 page
   * @param base for the 404 page, the site root as a URL path, so its root-relative links work at
   *     any depth; null otherwise
   */
  static byte[] inject(byte[] html, String page, String base) {
    String text = new String(html, StandardCharsets.UTF_8);
    String config =
        "{\"events\":"
            + quote(EventStream.PATH)
            + ",\"page\":"
            + (page == null ? "null" : quote(page))
            + "}";
    String script = "<script>\n" + SOURCE.replace("SURVEYOR_CONFIG", config) + "</script>\n";
    int body = text.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    text = body < 0 ? text + script : text.substring(0, body) + script + text.substring(body);
    if (base != null) {
      int head = text.toLowerCase(Locale.ROOT).indexOf("<head>");
      if (head >= 0) {
        int at = head + "<head>".length();
        text = text.substring(0, at) + "\n<base href=\"" + base + "\">" + text.substring(at);
      }
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A JSON string that is also safe inside a script element. */
  private static String quote(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\' || c < 0x20 || c == '<' || c == '>' || c == '&' || c > 0x7e) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String load() {
    try (InputStream in = ReloadScript.class.getResourceAsStream("live-reload.js")) {
      if (in == null) {
        throw new IllegalStateException("live-reload.js is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
