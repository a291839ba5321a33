package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Evidence;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.support.FreshListing;
import dev.surveyor.support.Papers;
import dev.surveyor.support.RealSurvey;
import dev.surveyor.text.ModelNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A word that is a part of a model's name ("Instruct" of Qwen2.5-VL-7B-Instruct, "Math" of
 * Qwen2.5-Math-7B) is no theme cue: on the real survey and the fresh arXiv papers, every paper
 * scores the same with those words blotted out; a cue naming the model itself ("DeepSeek-R1") still
 * counts.
 */
class ModelNameCuesTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  @Test
  void theSurveysModelNamesGiveNoCue() {
    Survey survey = RealSurvey.analysed();
    RuleScorer scorer = new RuleScorer(survey.themes(), ANALYZER, (theme, message) -> {});
    int named = 0;
    for (Paper paper : survey.papers()) {
      named += sameWithoutNameParts(scorer, paper.title(), paper.abstractText()) ? 1 : 0;
    }
    assertEquals(50, named, "the survey's papers writing a model's name with such words");
    // the paper of the report: "Instruct" of Qwen2.5-VL-7B-Instruct was shown as a cue
    for (Assignment a :
        survey.assignmentsOf(
            survey.paper("reinforcement-fine-tuning-naturally-mitigates-forgetting-in"))) {
      for (Evidence e : a.evidence()) {
        assertTrue(!e.surface().contains("Instruct"), a.theme() + ": " + e.describe());
      }
    }
    // the Reasoning cue that is a model's name counts where the name is written
    List<String> phi = new ArrayList<>();
    for (Assignment a : survey.assignmentsOf(survey.paper("phi-4-reasoning-technical-report"))) {
      a.evidence().forEach(e -> phi.add(e.describe()));
    }
    assertTrue(phi.contains("abstract: DeepSeek-R1 ×2"), phi.toString());
  }

  @Test
  void noFreshPaperCountsAPartOfAModelsName() throws Exception {
    Path fresh = FreshListing.FRESH;
    assumeTrue(Files.isDirectory(fresh), "the fresh corpus is not at " + fresh);
    RuleScorer scorer =
        new RuleScorer(RealSurvey.analysed().themes(), ANALYZER, (theme, message) -> {});
    ObjectMapper json = new ObjectMapper();
    int named = 0;
    try (Stream<Path> files = Files.list(fresh)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(file)) {
          JsonNode node = json.readTree(line);
          named +=
              sameWithoutNameParts(
                      scorer, node.path("title").asText(), node.path("abstract").asText())
                  ? 1
                  : 0;
        }
      }
    }
    assertEquals(326, named, "fresh papers writing a model's name with such words");
    // "Qwen-4B-Instruct fine-tuned" is not "instruction fine-tuning"
    String title =
        "MedInjection-FR: Exploring the Role of Native, Synthetic, and Translated Data in"
            + " Biomedical Instruction Tuning";
    String text = "using Qwen-4B-Instruct fine-tuned across seven configurations";
    for (Assignment a : scorer.score(AnalyzedPaper.of(Papers.paper("p", title, text), ANALYZER))) {
      for (Evidence e : a.evidence()) {
        assertTrue(e.field() == Evidence.Field.TITLE, a.theme() + ": " + e.describe());
      }
    }
  }

  /**
   * Asserts that the paper scores the same, theme by theme, with the words that are parts of a
   * model's name blotted out; returns whether it writes any.
   */
  private static boolean sameWithoutNameParts(RuleScorer scorer, String title, String text) {
    String blottedTitle = blotted(title);
    String blottedText = blotted(text);
    if (blottedTitle.equals(title) && blottedText.equals(text)) {
      return false;
    }
    List<Assignment> before =
        scorer.score(AnalyzedPaper.of(Papers.paper("p", title, text), ANALYZER));
    List<Assignment> after =
        scorer.score(AnalyzedPaper.of(Papers.paper("p", blottedTitle, blottedText), ANALYZER));
    for (int t = 0; t < before.size(); t++) {
      assertEquals(after.get(t).score(), before.get(t).score(), title + ": " + after.get(t));
    }
    return true;
  }

  /** The text with each word that is a part of a model's name written as "Zzz…", its length. */
  private static String blotted(String text) {
    StringBuilder out = new StringBuilder(text);
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (ModelNames.isNamePart(text, start, i)) {
        out.replace(start, i, "Z" + "z".repeat(i - start - 1));
      }
    }
    return out.toString();
  }
}
