package dev.surveyor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.model.PaperNote;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** papers/*.md: verdicts, added and removed themes, curated text, each theme checked. */
class NoteReaderTest {
  private static final List<String> THEMES = List.of("peft", "reasoning");

  @TempDir Path dir;

  private List<PaperNote> read(ContentFolder folder) {
    return new NoteReader(folder.curated, new YamlReader(), folder.diagnostics).read(THEMES);
  }

  @Test
  void aNoteWithCuratedTextAndAVerdict() {
    ContentFolder folder =
        new ContentFolder(dir)
            .file(
                "papers/lora.md",
                "---\nthemes: [peft]\ntitle: LoRA\nabstract: Low-rank adapters.\n---\nA note.\n");
    PaperNote note = read(folder).get(0);
    assertEquals(List.of(), folder.reported());
    assertEquals("lora", note.slug());
    assertEquals(Optional.of(List.of("peft")), note.verdict());
    assertEquals("LoRA", note.title());
    assertEquals("Low-rank adapters.", note.abstractText());
    assertEquals("A note.", note.note().text());
    assertEquals(6, note.note().start().line());
  }

  @Test
  void anUnknownThemeIsReportedAtItsValue() {
    ContentFolder folder =
        new ContentFolder(dir).file("papers/lora.md", "---\nadd_themes: [peft, agents]\n---\n");
    read(folder);
    assertEquals(
        List.of(
            "papers/lora.md:2:20: error: no theme has the slug 'agents' (themes: peft,"
                + " reasoning)"),
        folder.reported());
  }

  @Test
  void aVerdictBesideThemesToAddIsReportedAtTheKey() {
    ContentFolder folder =
        new ContentFolder(dir)
            .file("papers/lora.md", "---\nthemes: [peft]\nadd_themes: [reasoning]\n---\n");
    read(folder);
    assertEquals(
        List.of(
            "papers/lora.md:3:1: error: add_themes cannot stand beside themes, which gives the"
                + " paper's exact themes; keep one of the two"),
        folder.reported());
  }

  @Test
  void aThemeAddedAndRemoved() {
    ContentFolder folder =
        new ContentFolder(dir)
            .file("papers/lora.md", "---\nadd_themes: [peft]\nremove_themes: [peft]\n---\n");
    read(folder);
    assertEquals(
        List.of("papers/lora.md:3:17: error: theme 'peft' is both added and removed"),
        folder.reported());
  }
}
