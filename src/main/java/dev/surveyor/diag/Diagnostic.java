package dev.surveyor.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the input, located as precisely as we can: file (relative to the content
 * directory), 1-based line and column (0 when unknown), and the offending source line for a caret.
 */
public record Diagnostic(
    Severity severity, String file, int line, int column, String message, String sourceLine) {

  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    sourceLine = sourceLine == null ? "" : sourceLine;
  }

  public static Diagnostic error(String file, int line, String message) {
    return new Diagnostic(Severity.ERROR, file, line, 0, message, "");
  }

  public static Diagnostic warning(String file, int line, String message) {
    return new Diagnostic(Severity.WARNING, file, line, 0, message, "");
  }

  public Diagnostic withSource(int column, String source) {
    return new Diagnostic(severity, file, line, column, message, source);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  public boolean isNote() {
    return severity == Severity.NOTE;
  }

  /** {@code file:line:col: error: message}, then the source line and a caret under the column. */
  public String format() {
    StringBuilder out = new StringBuilder(file);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    out.append(": ").append(severity.label()).append(": ").append(printable(message));
    if (!sourceLine.isEmpty()) {
      String shown =
          printable(sourceLine.length() > 160 ? sourceLine.substring(0, 160) + "…" : sourceLine);
      out.append('\n').append("  ").append(shown);
      if (column > 0 && column <= 160) {
        out.append('\n').append("  ").append(" ".repeat(column - 1)).append('^');
      }
    }
    return out.toString();
  }

  /**
   * The text with control and bidirectional-override characters replaced one for one by visible
   * symbols, so a hostile source line cannot drive the terminal or reorder what it shows, and the
   * caret stays under its column.
   */
  static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t') {
        out.append((char) (0x2400 + c)); // the Control Pictures block: NUL shows as U+2400
      } else if (c == 0x7F
          || c >= 0x80 && c < 0xA0
          || c >= 0x202A && c <= 0x202E
          || c >= 0x2066 && c <= 0x2069) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
