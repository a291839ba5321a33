package dev.surveyor.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.utility.StringUtil;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Pages are written as the JDK's writers would write them, byte for byte. */
class Utf8WriterTest {
  /** Writes the text in pieces of random lengths, as strings and as arrays, then flushes. */
  private static byte[] written(String text, long seed, boolean jdk, int buffer, boolean close)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer out =
        jdk
            ? new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), buffer)
            : new Utf8Writer(bytes, buffer);
    Random random = new Random(seed);
    char[] chars = text.toCharArray(); // once: a copy per piece made large files quadratic
    int at = 0;
    while (at < text.length()) {
      int length = Math.min(text.length() - at, random.nextInt(40));
      switch (random.nextInt(4)) {
        case 0 -> out.write(text, at, length);
        case 1 -> out.write(chars, at, length);
        case 2 -> out.write(text.substring(at, at + length));
        default -> {
          length = Math.min(1, length);
          if (length == 1) {
            out.write(text.charAt(at));
          }
        }
      }
      at += length;
    }
    if (close) {
      out.close();
    } else {
      out.flush();
    }
    return bytes.toByteArray();
  }

  @Test
  void writesTheRealSourcesAndPagesAsTheJdkDoes() throws IOException {
    List<Path> files;
    try (Stream<Path> walk =
        Stream.concat(Files.walk(Path.of("content")), Files.walk(Path.of("site")))) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(f -> f.toString().matches(".*\\.(md|html|jsonl|txt|json|yml)$"))
              .toList();
    }
    assertTrue(files.size() > 100, "the real content and site are there");
    int nonAscii = 0;
    for (Path file : files) {
      String text = Files.readString(file);
      nonAscii += text.chars().anyMatch(c -> c >= 0x80) ? 1 : 0;
      long seed = file.toString().hashCode();
      assertArrayEquals(
          written(text, seed, true, 16 * 1024, false),
          written(text, seed, false, 16 * 1024, false),
          file.toString());
      assertArrayEquals(
          written(text, seed, true, 64, true),
          written(text, seed, false, 64, true),
          file.toString());
    }
    assertTrue(nonAscii > 10, "texts beyond ASCII were written: " + nonAscii);
  }

  @Test
  void surrogatesWholeSplitOrAloneAreWrittenAsTheJdkDoes() throws IOException {
    char[] alphabet = {
      'a', '<', 'é', '\u2014', '\u2028', '\uD835', '\uDC26', '\uDBFF', '\uDFFF', '\uFFFF'
    };
    Random random = new Random(7);
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = text.toString();
      for (int buffer : new int[] {16, 17, 19, 1024}) {
        // BufferedWriter's buffer counts chars; the output does not depend on either size
        assertArrayEquals(
            written(s, round, true, 1024, round % 2 == 0),
            written(s, round, false, buffer, round % 2 == 0),
            s);
      }
    }
  }

  /** Pieces written plain, or escaped for HTML by Freemarker's escaper or by the writer's own. */
  private static byte[] escaped(String text, long seed, boolean freemarker, int buffer)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Utf8Writer out = new Utf8Writer(bytes, buffer);
    Random random = new Random(seed);
    int at = 0;
    while (at < text.length()) {
      int length = Math.min(text.length() - at, random.nextInt(40));
      String piece = text.substring(at, at + length);
      if (random.nextBoolean()) {
        out.write(piece);
      } else if (freemarker) {
        StringUtil.XHTMLEnc(piece, out);
      } else {
        out.writeHtml(piece);
      }
      at += length;
    }
    out.flush();
    return bytes.toByteArray();
  }

  @Test
  void htmlIsEscapedAsFreemarkerEscapesItSurrogatesSplitOrAloneIncluded() throws IOException {
    char[] alphabet = {
      'a', '<', '>', '&', '"', '\'', ';', '#', '?', '\n', 'é', '\u00FF', '—', '\uD835', '\uDC26',
      '\uDBFF'
    };
    Random random = new Random(11);
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(80);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = text.toString();
      for (int buffer : new int[] {16, 17, 23, 1024}) {
        assertArrayEquals(escaped(s, round, true, 1024), escaped(s, round, false, buffer), s);
      }
    }
  }

  @Test
  void realAbstractsAreEscapedAsFreemarkerEscapesThem() throws IOException {
    Path sources = Path.of("content/sources");
    List<Path> files;
    try (Stream<Path> listed = Files.list(sources)) {
      files = listed.filter(Files::isRegularFile).sorted().toList();
    }
    assertTrue(files.size() >= 3, "the real listings are there");
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertArrayEquals(
          escaped(text, 3, true, 4096), escaped(text, 3, false, 4096), file.toString());
    }
  }
}
