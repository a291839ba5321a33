package dev.surveyor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.model.SkippedFile;
import dev.surveyor.model.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sources/: every source file in path order, sub-folders too; other files listed as skipped. */
class SourceReaderTest {
  @TempDir Path dir;

  @Test
  void sourcesInPathOrderAndOtherFilesSkipped() {
    ContentFolder folder =
        new ContentFolder(dir)
            .file("sources/b.txt", "B\n")
            .file("sources/a/nested.md", "---\ntitle: N\n---\n")
            .file("sources/notes.csv", "x,y\n")
            .file("sources/.hidden.txt", "ignored\n");
    SourceReader.Sources read =
        new SourceReader(folder.files, folder.diagnostics).read(EarlierRead.NONE);
    assertEquals(
        List.of("sources/a/nested.md", "sources/b.txt"),
        read.texts().stream().map(SourceText::file).toList());
    SkippedFile skipped = read.skipped().get(0);
    assertEquals("sources/notes.csv", skipped.file());
    assertEquals(1, read.skipped().size());
    assertEquals(1, folder.reported().size());
    assertTrue(
        folder.reported().get(0).startsWith("sources/notes.csv: warning: not a source file ("),
        folder.reported().get(0));
  }

  @Test
  void aLinkOutOfTheContentIsNotFollowed() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(outside.resolve("secret.txt"), "Secret\n");
    ContentFolder folder = new ContentFolder(dir.resolve("content")).file("sources/a.txt", "A\n");
    Files.createSymbolicLink(
        dir.resolve("content/sources/secret.txt"), outside.resolve("secret.txt"));
    SourceReader.Sources read =
        new SourceReader(folder.files, folder.diagnostics).read(EarlierRead.NONE);
    assertEquals(List.of("sources/a.txt"), read.texts().stream().map(SourceText::file).toList());
    assertEquals(
        List.of("sources/secret.txt: error: symbolic link points outside the content directory"),
        folder.reported());
  }
}
