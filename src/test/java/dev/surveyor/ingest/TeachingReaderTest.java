package dev.surveyor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.model.SourceText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** learn_from: label files inside the content directory, a wrong name reported at the setting. */
class TeachingReaderTest {
  @TempDir Path dir;

  @Test
  void aNameOutsideTheContentIsReportedAtTheSetting() {
    ContentFolder folder =
        new ContentFolder(dir)
            .file("survey.md", "---\ntitle: T\nlearn_from: [../labels.csv]\n---\n");
    SourceText survey = folder.files.readText(dir.resolve("survey.md"));
    List<?> sets =
        new TeachingReader(folder.files, folder.diagnostics).read(survey, List.of("../labels.csv"));
    assertEquals(List.of(), sets);
    assertEquals(
        List.of(
            "survey.md:3:13: error: learn_from names '../labels.csv', not a file in the content"
                + " directory"),
        folder.reported());
  }

  @Test
  void withoutTheFileAsReadTheFirstLineIsNamed() {
    ContentFolder folder = new ContentFolder(dir);
    new TeachingReader(folder.files, folder.diagnostics).read(null, List.of("missing.csv"));
    assertEquals(
        List.of(
            "survey.md:1: error: learn_from names 'missing.csv', not a file in the content"
                + " directory"),
        folder.reported());
  }
}
