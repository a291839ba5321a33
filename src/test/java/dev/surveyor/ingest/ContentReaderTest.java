package dev.surveyor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content directory read whole: the sources, the entities and the label files are read beside
 * the curated files, and what each finds wrong is still reported, all of it, in file order.
 */
class ContentReaderTest {
  @TempDir Path dir;

  @Test
  void problemsFoundSideBySideAreAllReportedInFileOrder() throws IOException {
    write("survey.md", "---\ntitle: T\nlearn_from: [eval/missing.tsv]\n---\nIntro.\n");
    write("entities.yml", "- slug: lora\n  name: [unclosed\n");
    write("papers/no-such-paper.md", "---\nadd_themes: [no-such-theme]\n---\nWhy.\n");
    write("sources/listing.md", "Some listing\n");
    List<String> first = problems();
    // the same problems, in the same order, however the readers' threads interleave
    for (int i = 0; i < 5; i++) {
      assertEquals(first, problems());
    }
    assertEquals(
        List.of("entities.yml", "papers/no-such-paper.md", "survey.md"),
        first.stream().map(line -> line.substring(0, line.indexOf(':'))).distinct().toList(),
        String.join("\n", first));
  }

  private List<String> problems() {
    Diagnostics diagnostics = new Diagnostics();
    ContentException thrown =
        assertThrows(ContentException.class, () -> new ContentReader(dir, diagnostics).read());
    return thrown.diagnostics().stream()
        .map(Diagnostic::format)
        .map(text -> text.lines().findFirst().orElse(""))
        .toList();
  }

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
