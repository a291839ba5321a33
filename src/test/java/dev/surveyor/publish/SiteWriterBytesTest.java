package dev.surveyor.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.concurrent.Cores;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of the real survey's site, written through one writer on all cores in pieces of uneven
 * sizes, comes out byte for byte, however the entries before it on its thread grew or spilled the
 * arrays they hand on; written again, nothing changes.
 */
class SiteWriterBytesTest {
  private static final Path SITE = Path.of("site");

  @Test
  void writesEveryFileOfTheSiteAsItsBytes(@TempDir Path dir) throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SITE)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .toList();
    }
    assertTrue(files.size() > 500, "the survey's site has its pages: " + files.size());
    long spilled = files.stream().filter(f -> f.toFile().length() > (1 << 20)).count();
    assertTrue(spilled > 0, "a file larger than what stays in memory");
    Path out = dir.resolve("out");
    PublishResult first = publish(files, out);
    assertEquals(files.size(), first.produced());
    assertEquals(files.size(), first.written());
    for (Path file : files) {
      assertArrayEquals(
          Files.readAllBytes(file),
          Files.readAllBytes(out.resolve(SITE.relativize(file).toString())),
          file.toString());
    }
    PublishResult again = publish(files, out);
    assertEquals(0, again.written(), "the same bytes again change nothing");
  }

  private static PublishResult publish(List<Path> files, Path out) throws PublishException {
    try (SiteWriter writer = SiteWriter.open(out)) {
      Cores.forEachIndex(
          files.size(),
          i -> {
            Path file = files.get(i);
            try (OutputStream entry = writer.open(SITE.relativize(file).toString())) {
              byte[] bytes = Files.readAllBytes(file);
              // pieces from 1 byte to ~8 KiB, as a template writes them
              for (int at = 0, piece = 1 + i % 13; at < bytes.length; piece = piece * 7 % 8191) {
                int length = Math.min(piece, bytes.length - at);
                entry.write(bytes, at, length);
                at += length;
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            } catch (PublishException e) {
              throw new IllegalStateException(e);
            }
          });
      return writer.commit();
    }
  }
}
