package dev.surveyor.ingest;

import dev.surveyor.diag.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns bytes into lines: strict UTF-8, a leading byte-order mark dropped, LF, CRLF and lone CR
 * all ending a line. A line with invalid bytes keeps its valid text (invalid bytes become U+FFFD)
 * and is reported, so nothing else in the file is lost.
 */
public final class TextDecoder {
  private static final int NUL_LIMIT = 1;

  private TextDecoder() {}

  public static SourceText decode(String file, byte[] bytes) {
    List<Diagnostic> problems = new ArrayList<>();
    int start = hasBom(bytes) ? 3 : 0;
    List<String> lines = new ArrayList<>();
    int lineStart = start;
    int nuls = 0;
    for (int i = start; i <= bytes.length; i++) {
      boolean end = i == bytes.length;
      byte b = end ? 0 : bytes[i];
      if (!end && b == 0) {
        nuls++;
      }
      if (end || b == '\n' || b == '\r') {
        if (end && lineStart == bytes.length && !lines.isEmpty()) {
          break; // a final terminator does not start another line
        }
        int number = lines.size() + 1;
        lines.add(decodeLine(file, number, bytes, lineStart, i, problems));
        if (!end && b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
          i++;
        }
        lineStart = i + 1;
      }
    }
    if (bytes.length == start) {
      lines.clear();
    }
    if (nuls >= NUL_LIMIT) {
      problems.add(
          Diagnostic.warning(
              file, 1, "looks like a binary file (" + nuls + " NUL bytes); read as text anyway"));
    }
    return new SourceText(file, lines, problems);
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  private static String decodeLine(
      String file, int number, byte[] bytes, int from, int to, List<Diagnostic> problems) {
    ByteBuffer slice = ByteBuffer.wrap(bytes, from, to - from);
    try {
      return strict().decode(slice).toString();
    } catch (CharacterCodingException e) {
      CharsetDecoder lenient =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE);
      String text;
      try {
        text = lenient.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
      } catch (CharacterCodingException impossible) {
        throw new IllegalStateException(impossible);
      }
      int column = text.indexOf('\uFFFD') + 1;
      problems.add(
          new Diagnostic(
              dev.surveyor.diag.Severity.WARNING,
              file,
              number,
              column,
              "invalid UTF-8 bytes; replaced with U+FFFD",
              text));
      return text;
    }
  }

  private static CharsetDecoder strict() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }


}
