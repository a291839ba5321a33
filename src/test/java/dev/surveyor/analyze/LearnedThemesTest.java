package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.build.Site;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.support.MiniSite;
import dev.surveyor.support.Repo;
import dev.surveyor.support.Run;
import dev.surveyor.support.SiteCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learned model beside the rules, on a survey whose only rule ("LoRA") misses every paper: the
 * labelled papers teach it that adapter papers are PEFT, and it places the unlabelled ones.
 */
class LearnedThemesTest {
  private static final String FILLER =
      " We evaluate on several benchmarks against strong baselines and analyse where the gains"
          + " come from.";
  private static final List<String> ADAPTER_WORDS =
      List.of("bottleneck adapters", "frozen backbone", "few trainable parameters", "adapter");
  private static final List<String> VISION_WORDS =
      List.of("image segmentation", "pixel masks", "medical scans", "segmentation");

  @TempDir static Path dir;
  static Path content;
  static Survey survey;

  @BeforeAll
  static void load() throws Exception {
    content = contentWith(dir, 11); // papers 11 to 13 are left for the model to decide
    survey = Site.load(content, null, new Diagnostics()).survey();
  }

  /**
   * Fourteen adapter papers and fourteen segmentation papers, none with the PEFT rules' cue; the
   * first {@code labelled} of each labelled as tuning rows.
   */
  private static Path contentWith(Path dir, int labelled) throws Exception {
    StringBuilder listing = new StringBuilder();
    StringBuilder labels = new StringBuilder("title\tsplit\tpeft\tnote\n");
    for (int i = 0; i < 14; i++) {
      String adapter = "Adapter Study " + i + " with " + ADAPTER_WORDS.get(i % 4);
      String vision = "Segmentation Study " + i + " for " + VISION_WORDS.get(i % 4);
      listing.append(adapter).append('\n');
      listing.append(abstractOf(ADAPTER_WORDS, i)).append('\n');
      listing.append(vision).append('\n');
      listing.append(abstractOf(VISION_WORDS, i)).append('\n');
      if (i < labelled) {
        labels.append(adapter).append("\ttuning\t1\t\n");
        labels.append(vision).append("\ttuning\t0\t\n");
      }
    }
    // A held-out label measures and never teaches: this wrong one must not move the model.
    labels.append("Adapter Study 12 with adapter\theld-out\t0\t\n");
    MiniSite site =
        new MiniSite(dir)
            .file(
                "survey.md",
                """
                ---
                title: Learning Survey
                learn_from: [eval/labels.tsv]
                ---
                """)
            .file(
                "themes/peft.md",
                """
                ---
                name: PEFT
                order: 1
                rules:
                  threshold: 3
                  cues:
                    LoRA: 3
                ---
                """)
            .file("eval/labels.tsv", labels.toString())
            .file("sources/listing.txt", listing.toString());
    return site.content();
  }

  private static String abstractOf(List<String> words, int i) {
    return "This paper studies "
        + words.get(i % 4)
        + " and "
        + words.get((i + 1) % 4)
        + ", with "
        + words.get((i + 2) % 4)
        + " throughout."
        + FILLER;
  }

  private static Assignment peft(String titleStart) {
    return peft(survey, titleStart);
  }

  private static Assignment peft(Survey survey, String titleStart) {
    Paper paper =
        survey.papers().stream().filter(p -> p.title().startsWith(titleStart)).findFirst().get();
    return survey.assignmentsOf(paper).get(0);
  }

  @Test
  void placesUnlabelledPapersTheLabelsTaughtWithTheRulesEvidenceAndAgreeingExamples() {
    for (int i = 11; i < 14; i++) {
      Assignment adapter = peft("Adapter Study " + i + " ");
      assertTrue(adapter.member(), adapter.toString());
      assertTrue(adapter.explanation(false).contains("a model taught by 22 labelled papers"));
      assertFalse(adapter.reason().examples().isEmpty());
      for (String slug : adapter.reason().examples()) {
        assertTrue(slug.startsWith("adapter-study"), slug); // labelled as the model decided
      }
      Assignment vision = peft("Segmentation Study " + i + " ");
      assertFalse(vision.member(), vision.toString());
    }
  }

  @Test
  void aPaperPageSaysTheModelPlacedItAndFoldsItsConfidenceWithThePhrases() throws Exception {
    Path out = dir.resolve("out");
    Run run =
        Run.of(
            "build",
            "--content",
            content.toString(),
            "--templates",
            Repo.templates().toString(),
            "--out",
            out.toString());
    assertEquals(0, run.exitCode(), run.err());
    SiteCheck site = new SiteCheck(out);
    Document page =
        site.pages().stream()
            .filter(p -> p.startsWith("papers/"))
            .map(site::page)
            .filter(d -> d.selectFirst("h1").text().startsWith("Adapter Study 12 "))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("PEFT: placed by the theme's phrases and a model taught by 22 labelled papers."),
        page.select(".standings li").eachText());
    Element scoring = page.selectFirst("details.scoring");
    assertEquals(
        "The phrases found, their points and the model's confidence",
        scoring.selectFirst("summary").text());
    assertTrue(scoring.selectFirst(".decision").text().contains("a model confidence of"));
    assertFalse(scoring.select(".examples a").isEmpty(), "the labelled papers most like it");
  }

  @Test
  void labelledPapersKeepTheRulesCall() {
    Assignment taught = peft("Adapter Study 3 ");
    assertFalse(taught.member(), "the rules found no LoRA; a label teaches, it does not decide");
    assertEquals("the theme's phrases", taught.reason().by());
  }

  /**
   * Too few examples on a side leave the theme to the rules: a model taught by a handful of answers
   * drops the rules' clear calls (LearnedThemes.MIN_EXAMPLES, chosen by cross-validation).
   */
  @Test
  void aThemeWithTooFewExamplesOnASideIsLeftToTheRules(@TempDir Path few) throws Exception {
    Survey fewer =
        Site.load(contentWith(few, LearnedThemes.MIN_EXAMPLES - 1), null, new Diagnostics())
            .survey();
    Assignment adapter = peft(fewer, "Adapter Study 12 ");
    assertEquals("the theme's phrases", adapter.reason().by());
    assertTrue(adapter.reason().probability().isEmpty());
    assertFalse(adapter.member(), "no LoRA: the rules leave it out");
    Survey enough =
        Site.load(
                contentWith(few.resolve("enough"), LearnedThemes.MIN_EXAMPLES),
                null,
                new Diagnostics())
            .survey();
    assertTrue(peft(enough, "Adapter Study 12 ").member(), "the model, taught, places it");
  }

  @Test
  void probabilitiesReadAsTheFormatterWritesThem() {
    for (int k = 0; k <= 100; k++) {
      double p = Math.round(k / 100.0 * 100) / 100.0; // as the model's probability is rounded
      assertEquals(
          String.format(java.util.Locale.ROOT, "%.2f", p), LearnedThemes.hundredths(p), "" + k);
    }
  }

  @Test
  void twoLoadsDecideAlike() throws Exception {
    Survey again = Site.load(content, null, new Diagnostics()).survey();
    Map<String, List<Assignment>> first = byTitle(survey);
    assertEquals(first, byTitle(again));
  }

  private static Map<String, List<Assignment>> byTitle(Survey s) {
    return s.papers().stream().collect(Collectors.toMap(Paper::title, s::assignmentsOf));
  }
}
