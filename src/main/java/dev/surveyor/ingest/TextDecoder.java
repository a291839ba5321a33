package dev.surveyor.ingest;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Severity;
import dev.surveyor.model.SourceText;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns bytes into lines: strict UTF-8, a leading byte-order mark dropped, LF, CRLF and lone CR all
 * ending a line. A line with invalid bytes keeps its valid text (invalid bytes become U+FFFD) and
 * is reported, so nothing else in the file is lost. Whether the text is binary data is for its
 * reader to decide ({@link SourceText#looksBinary()}).
 */
public final class TextDecoder {
  /** Lines with invalid bytes reported one by one; the rest are counted in one more message. */
  private static final int REPORTED_LINES = 5;

  private TextDecoder() {}

  public static SourceText decode(String file, byte[] bytes) {
    List<Diagnostic> problems = new ArrayList<>();
    int start = hasBom(bytes) ? 3 : 0;
    List<String> lines = new ArrayList<>();
    Endings endings = new Endings();
    int invalidLines = 0;
    int firstUnreported = 0;
    int lineStart = start;
    for (int i = start; i <= bytes.length; i++) {
      boolean end = i == bytes.length;
      byte b = end ? 0 : bytes[i];
      if (end || b == '\n' || b == '\r') {
        if (end && lineStart == bytes.length && !lines.isEmpty()) {
          break; // a final terminator does not start another line
        }
        int number = lines.size() + 1;
        String line = decodeLine(bytes, lineStart, i);
        if (line == null) {
          line = lenient(bytes, lineStart, i);
          firstUnreported = ++invalidLines == REPORTED_LINES + 1 ? number : firstUnreported;
          if (invalidLines <= REPORTED_LINES) {
            problems.add(
                new Diagnostic(
                    Severity.WARNING,
                    file,
                    number,
                    line.indexOf('\uFFFD') + 1,
                    "invalid UTF-8 bytes; replaced with U+FFFD",
                    line));
          }
        }
        lines.add(line);
        boolean crlf = !end && b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n';
        if (!end) {
          endings.saw(number, crlf ? "CRLF" : b == '\r' ? "CR" : "LF");
        }
        i += crlf ? 1 : 0;
        lineStart = i + 1;
      }
    }
    if (bytes.length == start) {
      lines.clear();
    }
    if (invalidLines > REPORTED_LINES) {
      problems.add(
          Diagnostic.warning(
              file,
              firstUnreported,
              "invalid UTF-8 bytes on this and "
                  + (invalidLines - REPORTED_LINES - 1)
                  + " more lines; replaced with U+FFFD"));
    }
    endings.report(file, lines, problems);
    return new SourceText(file, lines, problems);
  }

  /** Which line terminators a file uses, and the first line that breaks with its style. */
  private static final class Endings {
    private final Map<String, Integer> counts = new TreeMap<>();
    private String first;
    private int firstOdd;

    void saw(int line, String kind) {
      first = first == null ? kind : first;
      firstOdd = firstOdd == 0 && !kind.equals(first) ? line : firstOdd;
      counts.merge(kind, 1, Integer::sum);
    }

    /** Mixed terminators often mean a stray CR split a line in two: say where. */
    void report(String file, List<String> lines, List<Diagnostic> problems) {
      if (counts.size() > 1) {
        StringBuilder tally = new StringBuilder();
        counts.forEach(
            (kind, n) ->
                tally.append(tally.isEmpty() ? "" : ", ").append(n).append(' ').append(kind));
        problems.add(
            new Diagnostic(
                Severity.WARNING,
                file,
                firstOdd,
                0,
                "mixed line endings (" + tally + "); each read as a line break",
                lines.get(firstOdd - 1)));
      }
    }
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  /** The line strictly decoded, or null when it holds invalid bytes. */
  private static String decodeLine(byte[] bytes, int from, int to) {
    try {
      return decoder(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, to - from))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String lenient(byte[] bytes, int from, int to) {
    try {
      return decoder(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, from, to - from))
          .toString();
    } catch (CharacterCodingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static CharsetDecoder decoder(CodingErrorAction onError) {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(onError)
        .onUnmappableCharacter(onError);
  }
}
