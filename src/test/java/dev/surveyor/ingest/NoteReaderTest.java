package dev.surveyor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.model.CuratedFacts;
import dev.surveyor.model.PaperNote;
import java.nio.file.Path;
import java.time.LocalDate;
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

  @Test
  void aCuratedSummaryIsReadAsOneLineOfPlainText() {
    ContentFolder folder =
        new ContentFolder(dir)
            .file(
                "papers/lora.md",
                "---\nsummary: >-\n  Adapts models with <b>low-rank</b>\n  adapters.\n---\n");
    PaperNote note = read(folder).get(0);
    assertEquals(List.of(), folder.reported());
    // kept as written: the templates escape it like all text
    assertEquals("Adapts models with <b>low-rank</b> adapters.", note.summary());
    assertEquals(true, note.curatesSummary());
    assertEquals(false, note.curatesText());
  }

  @Test
  void aSummaryOfSixtyWordsIsAcceptedAndOfSixtyOneIsNot() {
    String sixty = "word ".repeat(59) + "end.";
    ContentFolder folder =
        new ContentFolder(dir)
            .file("papers/lora.md", "---\nsummary: " + sixty + "\n---\n")
            .file("papers/qlora.md", "---\nsummary: one " + sixty + "\n---\n");
    List<PaperNote> notes = read(folder);
    assertEquals(
        List.of(
            "papers/qlora.md:2:10: error: summary has 61 words; a list summary is one or two"
                + " sentences, at most 60 words"),
        folder.reported());
    assertEquals(
        sixty, notes.stream().filter(n -> n.slug().equals("lora")).findFirst().get().summary());
  }

  @Test
  void factsTheCuratorStatesAreRead() {
    ContentFolder folder =
        new ContentFolder(dir)
            .file(
                "papers/lora.md",
                "---\nauthors: [Ada Example, Alan  Example]\nurl: https://example.org/lora\n"
                    + "arxiv: 2106.09685v2\ndate: 2025-05-20\n---\n");
    CuratedFacts facts = read(folder).get(0).facts();
    assertEquals(List.of(), folder.reported());
    assertEquals(List.of("Ada Example", "Alan Example"), facts.authors());
    assertEquals("https://example.org/lora", facts.url());
    // unquoted, YAML would read a number; the id keeps its digits and loses its version
    assertEquals("2106.09685", facts.arxiv());
    assertEquals(LocalDate.of(2025, 5, 20), facts.date());
  }

  @Test
  void factsThatAreNotWhatTheirKeyAsksForAreReportedAtTheirValue() {
    ContentFolder folder =
        new ContentFolder(dir)
            .file(
                "papers/lora.md",
                "---\nurl: ftp://example.org/x\narxiv: 2113.01234\nyear: 20245\n"
                    + "date: 2025-02-30\n---\n");
    CuratedFacts facts = read(folder).get(0).facts();
    assertEquals(
        List.of(
            "papers/lora.md:2:6: error: url must be the paper's own page as an http(s) address,"
                + " e.g. https://aclanthology.org/2023.acl-long.1/, not 'ftp://example.org/x'",
            "papers/lora.md:3:8: error: arxiv must be an arXiv identifier such as 2401.01234 or"
                + " hep-th/9901001, not '2113.01234'",
            "papers/lora.md:4:7: error: year must be a year such as 2024, not '20245'",
            "papers/lora.md:5:7: error: date must be an ISO date such as 2025-05-20, not"
                + " '2025-02-30'"),
        folder.reported());
    assertTrue(facts.isEmpty());
  }

  @Test
  void aYearThatDisagreesWithTheDateIsReported() {
    ContentFolder folder =
        new ContentFolder(dir).file("papers/lora.md", "---\nyear: 2024\ndate: 2025-05-20\n---\n");
    read(folder);
    assertEquals(
        List.of(
            "papers/lora.md:2:7: error: year 2024 disagrees with the date 2025-05-20; give one of"
                + " the two"),
        folder.reported());
  }
}
