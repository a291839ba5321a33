package dev.surveyor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.surveyor.config.SurveyConfig;
import dev.surveyor.model.Content;
import dev.surveyor.model.Markdown;
import dev.surveyor.model.Provenance;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** survey.md: settings from the front matter, the home introduction from the body. */
class SettingsReaderTest {
  @TempDir Path dir;

  private SettingsReader.Settings read(ContentFolder folder, EarlierRead earlier) {
    return new SettingsReader(folder.files, folder.curated, folder.diagnostics).read(earlier);
  }

  @Test
  void settingsByNameAndTheIntroductionWithItsLine() {
    ContentFolder folder =
        new ContentFolder(dir)
            .file(
                "survey.md",
                """
                ---
                title: Tuning
                listing_year: 2025
                related_count: 7
                other_subtopics:
                  - name: Agents
                    phrases: [tool use]
                ---
                The *home* text.
                """);
    SettingsReader.Settings settings = read(folder, EarlierRead.NONE);
    assertEquals(List.of(), folder.reported());
    assertEquals("Tuning", settings.config().title());
    assertEquals(2025, settings.config().listingYear());
    assertEquals(7, settings.config().relatedCount());
    assertEquals(30, settings.config().feedSize()); // not given: the default
    assertEquals("Agents", settings.config().otherSubtopics().get(0).name());
    assertEquals(
        new Markdown("The *home* text.", new Provenance("survey.md", 9)), settings.intro());
  }

  @Test
  void aBadLinkSettingIsReportedAtItsValue() {
    ContentFolder folder =
        new ContentFolder(dir)
            .file("survey.md", "---\ntitle: T\nbase_url:   ftp://example.org/\n---\n");
    read(folder, EarlierRead.NONE);
    assertEquals(
        List.of(
            "survey.md:3:13: error: base_url must be an absolute http(s) URL such as"
                + " https://example.org/survey/, not 'ftp://example.org/'"),
        folder.reported());
  }

  @Test
  void synonymGroupsAreReadAndAGroupOfOneNameIsReportedAtItsKey() {
    ContentFolder folder =
        new ContentFolder(dir)
            .file(
                "survey.md",
                """
                ---
                title: T
                search_synonyms:
                  - [distill, teacher, knowledge transfer]
                  - [alone]
                ---
                """);
    SettingsReader.Settings settings = read(folder, EarlierRead.NONE);
    assertEquals(
        List.of(List.of("distill", "teacher", "knowledge transfer"), List.of("alone")),
        settings.config().searchSynonyms());
    assertEquals(
        List.of(
            "survey.md:3:17: error: search_synonyms must give each group two names or more, not"
                + " [alone]"),
        folder.reported());
  }

  @Test
  void aMissingTitleLeavesTheDefaults() {
    ContentFolder folder =
        new ContentFolder(dir).file("survey.md", "---\ntagline: no title\n---\n");
    SettingsReader.Settings settings = read(folder, EarlierRead.NONE);
    assertEquals(List.of("survey.md:1: error: front matter needs a title"), folder.reported());
    assertEquals(SurveyConfig.defaults(), settings.config());
  }

  @Test
  void anUnchangedFileIsTakenFromTheEarlierReadWithoutReading() {
    SurveyConfig config = SurveyConfig.builder().title("Earlier").build();
    Markdown intro = new Markdown("Before.", new Provenance("survey.md", 4));
    Content before = Content.builder().config(config).intro(intro).build();
    ContentFolder folder = new ContentFolder(dir); // no survey.md on disk at all
    SettingsReader.Settings settings = read(folder, new EarlierRead(before, "survey.md"::equals));
    assertSame(config, settings.config());
    assertSame(intro, settings.intro());
    assertNull(settings.text());
    assertEquals(List.of(), folder.reported());
  }
}
