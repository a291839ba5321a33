package dev.surveyor.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes text to a stream as UTF-8 through a buffer of bytes: the bytes an {@code
 * OutputStreamWriter} behind a {@code BufferedWriter} writes, in one step instead of three. Pages
 * are written in many short strings (the template's text between values, each value, each escape),
 * and copying every one into a buffer of chars, then encoding that buffer a char at a time, was a
 * tenth of rendering a page. A surrogate pair split between two writes is joined; a surrogate
 * without its other half is written as {@code ?}, as the JDK's encoder replaces it.
 */
public final class Utf8Writer extends Writer {
  private static final byte REPLACEMENT = '?';

  /** What {@link #writeHtml} writes for each ASCII character it escapes; null for the rest. */
  private static final byte[][] ESCAPES = new byte['>' + 1][];

  static {
    ESCAPES['<'] = "&lt;".getBytes(StandardCharsets.US_ASCII);
    ESCAPES['>'] = "&gt;".getBytes(StandardCharsets.US_ASCII);
    ESCAPES['&'] = "&amp;".getBytes(StandardCharsets.US_ASCII);
    ESCAPES['"'] = "&quot;".getBytes(StandardCharsets.US_ASCII);
    ESCAPES['\''] = "&#39;".getBytes(StandardCharsets.US_ASCII);
  }

  /** The characters {@link #ESCAPES} escapes, one bit each (all are below 64). */
  private static final long ESCAPED = 1L << '<' | 1L << '>' | 1L << '&' | 1L << '"' | 1L << '\'';

  /**
   * The ASCII characters below 64 that {@link #writeHtml} copies as they are: not escaped, and not
   * {@code ?}, which in a Latin-1 copy of a string may stand for a char beyond Latin-1.
   */
  private static final long PLAIN_BELOW_64 = ~(ESCAPED | 1L << '?');

  /** Room one escaped character can need: a waiting surrogate's {@code ?} and "&quot;". */
  private static final int ESCAPED_ROOM = 8;

  private final OutputStream out;
  private final byte[] buffer;
  private int used;

  /** A high surrogate the last write ended with, waiting for its low half; 0 when none. */
  private char high;

  public Utf8Writer(OutputStream out, int bufferSize) {
    this.out = out;
    this.buffer = new byte[Math.max(bufferSize, 16)];
  }

  @Override
  public void write(int c) throws IOException {
    room();
    encode((char) c);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    int end = offset + length;
    int at = offset;
    while (at < end) {
      // ASCII, most of a page, is copied as it comes; anything else is encoded a char at a time
      int stop = Math.min(end, at + buffer.length - used);
      if (high == 0) {
        int to = used;
        char c;
        while (at < stop && (c = text.charAt(at)) < 0x80) {
          buffer[to++] = (byte) c;
          at++;
        }
        used = to;
      }
      if (at < stop) {
        room();
        encode(text.charAt(at++));
      } else if (at < end) {
        drain();
      }
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    int end = offset + length;
    int at = offset;
    while (at < end) {
      int stop = Math.min(end, at + buffer.length - used);
      if (high == 0) {
        int to = used;
        char c;
        while (at < stop && (c = chars[at]) < 0x80) {
          buffer[to++] = (byte) c;
          at++;
        }
        used = to;
      }
      if (at < stop) {
        room();
        encode(chars[at++]);
      } else if (at < end) {
        drain();
      }
    }
  }

  /**
   * Writes text escaped for HTML as Freemarker's HTML output format escapes it ({@code &lt; &gt;
   * &amp; &quot; &#39;}), in the one pass that encodes it. The text's Latin-1 bytes are taken in
   * one copy ({@code String.getBytes}, an array copy for most strings) and scanned as bytes:
   * reading a value a char at a time through {@code charAt} cost more than anything else in writing
   * a page under the launcher's compiler. A byte that is not plain ASCII, or is {@code ?} (what the
   * copy makes of a char beyond Latin-1), is looked at again as the char it stands for. A text with
   * a surrogate pair, which the copy makes one {@code ?}, is written a char at a time.
   */
  public void writeHtml(String text) throws IOException {
    int n = text.length();
    byte[] latin = text.getBytes(StandardCharsets.ISO_8859_1);
    if (latin.length != n) {
      for (int i = 0; i < n; i++) {
        escape(text.charAt(i));
      }
      return;
    }
    int at = 0;
    while (at < n) {
      if (high == 0) { // the run of plain ASCII from here, most of a value, is copied whole
        int start = at;
        int b;
        while (at < n && (b = latin[at]) >= 0 && (b >= 64 || (PLAIN_BELOW_64 >>> b & 1) != 0)) {
          at++;
        }
        copy(latin, start, at - start);
        if (at == n) {
          break;
        }
      }
      escape(text.charAt(at++));
    }
  }

  /** Writes one char of a value, escaped, with room made for it. */
  private void escape(char c) throws IOException {
    if (buffer.length - used < ESCAPED_ROOM) {
      drain();
    }
    if (c >= 0x80) {
      encode(c);
      return;
    }
    if (high != 0) { // a high surrogate alone, as encode would write it
      buffer[used++] = REPLACEMENT;
      high = 0;
    }
    byte[] escape = c < ESCAPES.length ? ESCAPES[c] : null;
    if (escape == null) {
      buffer[used++] = (byte) c;
    } else {
      System.arraycopy(escape, 0, buffer, used, escape.length);
      used += escape.length;
    }
  }

  /** Copies bytes that need no encoding into the buffer, draining it as it fills. */
  private void copy(byte[] bytes, int offset, int length) throws IOException {
    while (length > 0) {
      if (used == buffer.length) {
        drain();
      }
      int part = Math.min(length, buffer.length - used);
      System.arraycopy(bytes, offset, buffer, used, part);
      used += part;
      offset += part;
      length -= part;
    }
  }

  @Override
  public Writer append(CharSequence text) throws IOException {
    String s = String.valueOf(text);
    write(s, 0, s.length());
    return this;
  }

  /** Writes the buffered bytes to the stream and flushes it; a pending high surrogate waits. */
  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  /** Flushes, then closes the stream; a high surrogate left without its low half is a {@code ?}. */
  @Override
  public void close() throws IOException {
    if (high != 0) {
      room();
      buffer[used++] = REPLACEMENT;
      high = 0;
    }
    flush();
    out.close();
  }

  /** Makes room for the four bytes one char (with a waiting high surrogate) can need. */
  private void room() throws IOException {
    if (buffer.length - used < 4) {
      drain();
    }
  }

  private void drain() throws IOException {
    if (used > 0) {
      out.write(buffer, 0, used);
      used = 0;
    }
  }

  /** Encodes one char into the buffer, which has room for four bytes. */
  private void encode(char c) {
    if (high != 0) {
      char first = high;
      high = 0;
      if (Character.isLowSurrogate(c)) {
        int code = Character.toCodePoint(first, c);
        buffer[used++] = (byte) (0xF0 | code >> 18);
        buffer[used++] = (byte) (0x80 | code >> 12 & 0x3F);
        buffer[used++] = (byte) (0x80 | code >> 6 & 0x3F);
        buffer[used++] = (byte) (0x80 | code & 0x3F);
        return;
      }
      // the high half alone; c, encoded on its own below, needs three of the three bytes left
      buffer[used++] = REPLACEMENT;
    }
    if (c < 0x80) {
      buffer[used++] = (byte) c;
    } else if (c < 0x800) {
      buffer[used++] = (byte) (0xC0 | c >> 6);
      buffer[used++] = (byte) (0x80 | c & 0x3F);
    } else if (Character.isHighSurrogate(c)) {
      high = c;
    } else if (Character.isLowSurrogate(c)) {
      buffer[used++] = REPLACEMENT;
    } else {
      buffer[used++] = (byte) (0xE0 | c >> 12);
      buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
      buffer[used++] = (byte) (0x80 | c & 0x3F);
    }
  }
}
