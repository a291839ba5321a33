package dev.surveyor.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One stamp (size and modification time) decides both reuses: the saved state of {@code build} and
 * the bytes serve's snapshots keep without reading a file again.
 */
class FileStampTest {
  private static final FileTime HOUR_AGO =
      FileTime.fromMillis((System.currentTimeMillis() / 1000 - 3600) * 1000);

  @TempDir Path dir;

  private Path write(String path, String text, FileTime modified) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, modified);
    return file;
  }

  @Test
  void aStampIsSizeAndModificationTime() throws Exception {
    write("themes/a.md", "12345", HOUR_AGO);
    FileStamp stamp = FileStamp.of(dir, "themes/a.md").orElseThrow();
    assertEquals(new FileStamp("themes/a.md", 5, HOUR_AGO.toMillis() * 1_000_000L), stamp);
    assertEquals(Optional.empty(), FileStamp.of(dir, "themes/none.md"));
  }

  @Test
  void aSnapshotKeepsTheBytesOfAFileWhoseStampIsUnchanged() throws Exception {
    write("survey.md", "before", HOUR_AGO);
    FileSnapshot first = FileSnapshot.of(dir);
    // Same size, same time: taken as unchanged without being read, as git's index does.
    write("survey.md", "after!", HOUR_AGO);
    FileSnapshot second = FileSnapshot.of(dir, first);
    assertArrayEquals("before".getBytes(StandardCharsets.UTF_8), second.bytes("survey.md"));
    assertTrue(second.same(first, "survey.md"));
    // Another time: read again.
    write("survey.md", "after!", FileTime.from(Instant.now().minusSeconds(60)));
    FileSnapshot third = FileSnapshot.of(dir, second);
    assertArrayEquals("after!".getBytes(StandardCharsets.UTF_8), third.bytes("survey.md"));
    assertFalse(third.same(second, "survey.md"));
  }

  @Test
  void aFileWrittenJustNowIsAlwaysReadAgain() throws Exception {
    FileTime now = FileTime.from(Instant.now());
    write("survey.md", "before", now);
    FileSnapshot first = FileSnapshot.of(dir);
    write("survey.md", "after!", now); // a second write within the same clock tick
    assertArrayEquals(
        "after!".getBytes(StandardCharsets.UTF_8), FileSnapshot.of(dir, first).bytes("survey.md"));
  }

  @Test
  void theBuildStateStampsInputsWithTheSameStamp(@TempDir Path templates) throws Exception {
    write("survey.md", "text", HOUR_AGO);
    BuildOptions options =
        new BuildOptions(dir, templates, dir.resolveSibling("out"), null, false, null);
    assertEquals(
        List.of(FileStamp.of(dir, "survey.md").orElseThrow().under("content/")),
        BuildState.inputsOf(options));
  }
}
