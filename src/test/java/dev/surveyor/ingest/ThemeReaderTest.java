package dev.surveyor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.surveyor.model.Content;
import dev.surveyor.model.Theme;
import dev.surveyor.model.ThemeRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** themes/*.md: name, order, rules and sub-topics; sorted; an intro-only edit keeps the rules. */
class ThemeReaderTest {
  private static final String PEFT =
      """
      ---
      name: PEFT
      order: 2
      rules:
        threshold: 2
        cues:
          adapters: 1.5
        title_cues:
          lora: 3
      subtopics:
        - name: Low rank
          phrases: [low-rank]
      ---
      Parameter-efficient tuning.
      """;

  @TempDir Path dir;

  private List<Theme> read(ContentFolder folder, EarlierRead earlier) {
    return new ThemeReader(folder.files, folder.curated, folder.yaml, folder.diagnostics)
        .read(earlier);
  }

  @Test
  void rulesAndSubtopicsFromTheFrontMatterInOrder() {
    ContentFolder folder =
        new ContentFolder(dir)
            .file("themes/peft.md", PEFT)
            .file("themes/agents.md", "---\nname: Agents\norder: 1\n---\n")
            .file("themes/zeta.md", "---\nname: Zeta\n---\n");
    List<Theme> themes = read(folder, EarlierRead.NONE);
    assertEquals(List.of(), folder.reported());
    assertEquals(List.of("agents", "peft", "zeta"), themes.stream().map(Theme::slug).toList());
    Theme peft = themes.get(1);
    assertEquals(2, peft.rules().threshold());
    assertEquals(
        List.of(
            new ThemeRules.Cue("adapters", 1.5, ThemeRules.Scope.ANYWHERE),
            new ThemeRules.Cue("lora", 3, ThemeRules.Scope.TITLE)),
        peft.rules().cues());
    assertEquals("Low rank", peft.pins().get(0).name());
    assertEquals(14, peft.intro().start().line());
    assertEquals(100, themes.get(2).order()); // not given: the default
    assertEquals(
        List.of("agents", "peft", "zeta"),
        new ThemeReader(folder.files, folder.curated, folder.yaml, folder.diagnostics).slugs());
  }

  @Test
  void aValueOfTheWrongTypeIsReportedAtItsLineAndColumn() {
    ContentFolder folder =
        new ContentFolder(dir).file("themes/peft.md", "---\nname: PEFT\norder: first\n---\n");
    assertEquals(List.of(), read(folder, EarlierRead.NONE));
    assertEquals(
        List.of("themes/peft.md:3:8: error: invalid front matter: 'order' must be a whole number"),
        folder.reported());
  }

  @Test
  void aReservedSlugIsRefused() {
    ContentFolder folder =
        new ContentFolder(dir).file("themes/other.md", "---\nname: Other\n---\n");
    assertEquals(List.of(), read(folder, EarlierRead.NONE));
    assertEquals(
        List.of("themes/other.md: error: 'other' is reserved for a page the site always has"),
        folder.reported());
  }

  @Test
  void anEditOfTheIntroductionAloneKeepsTheParsedRules() {
    ContentFolder folder = new ContentFolder(dir).file("themes/peft.md", PEFT);
    List<Theme> first = read(folder, EarlierRead.NONE);
    byte[] then = PEFT.getBytes(StandardCharsets.UTF_8);
    folder.file("themes/peft.md", PEFT.replace("Parameter-efficient", "Cheap"));
    Content before = Content.builder().themes(first).build();
    List<Theme> again = read(folder, new EarlierRead(before, file -> false, file -> then));
    assertSame(first.get(0).rules(), again.get(0).rules()); // not parsed again
    assertEquals("Cheap tuning.", again.get(0).intro().text());
    // The front matter changed too: read afresh.
    folder.file("themes/peft.md", PEFT.replace("threshold: 2", "threshold: 3"));
    List<Theme> edited = read(folder, new EarlierRead(before, file -> false, file -> then));
    assertEquals(3, edited.get(0).rules().threshold());
  }
}
