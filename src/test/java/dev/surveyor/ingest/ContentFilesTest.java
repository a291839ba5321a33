package dev.surveyor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.surveyor.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Path safety and naming: files named as diagnostics name them, nothing read through a link out.
 */
class ContentFilesTest {
  @TempDir Path dir;

  @Test
  void sourcesKeptElsewhereAreNamedAsIfInside() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    Path collection = Files.createDirectories(dir.resolve("collection/2024"));
    Files.writeString(collection.resolve("a.txt"), "A title\n");
    Diagnostics diagnostics = new Diagnostics();
    ContentFiles files = new ContentFiles(content, dir.resolve("collection"), diagnostics);
    assertEquals("sources/2024/a.txt", files.readText(collection.resolve("a.txt")).file());
    assertEquals("themes/x.md", files.relative(content.resolve("themes/x.md")));
    assertEquals(List.of(), diagnostics.sorted());
  }

  @Test
  void aThemeLinkedFromOutsideIsNotRead() throws Exception {
    Path outside = Files.writeString(dir.resolve("secret.md"), "---\nname: S\n---\n");
    ContentFolder folder = new ContentFolder(dir.resolve("content")).file("themes/a.md", "x");
    Files.createSymbolicLink(dir.resolve("content/themes/b.md"), outside);
    assertEquals(List.of(dir.resolve("content/themes/a.md")), folder.files.markdownFiles("themes"));
    assertNull(folder.files.readText(dir.resolve("content/themes/b.md")));
    assertEquals(
        List.of(
            "themes/b.md: error: symbolic link points outside the content directory",
            "themes/b.md: error: symbolic link points outside the content directory"),
        folder.reported());
  }
}
