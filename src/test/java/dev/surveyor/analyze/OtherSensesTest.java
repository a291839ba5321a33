package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Evidence;
import dev.surveyor.model.Markdown;
import dev.surveyor.model.Provenance;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import dev.surveyor.model.ThemeRules;
import dev.surveyor.support.FreshListing;
import dev.surveyor.support.Papers;
import dev.surveyor.support.RealSurvey;
import dev.surveyor.support.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A cue's word taken in another sense counts nothing, on real papers: arithmetic done on a model's
 * weights, a puzzling result, a progressive sparse adapter, a school's curriculum.
 */
class OtherSensesTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  @Test
  void arithmeticOnAModelsWeightsIsNoSum() {
    Survey survey = RealSurvey.analysed();
    // "Task Arithmetic" in the title and twice in the abstract gave it 6.5 reasoning points; the
    // task vectors' "arithmetic operations", with no noun before it to say so, still count once
    assertEquals(
        List.of("abstract: arithmetic"),
        describe(survey, "editing-models-with-task-arithmetic", "reasoning"));
    // "via Task Arithmetic" and "tensor arithmetic" count nothing; "simple arithmetic" on the
    // weights, without a noun saying so, still does; chain-of-thought keeps it in the theme
    Assignment vectors =
        assignment(survey, "reasoning-vectors-transferring-chain-of-thought-capabilities");
    assertTrue(
        vectors.evidence().stream()
            .noneMatch(e -> e.field() == Evidence.Field.TITLE && e.cue().equals("arithmetic")),
        vectors.evidence().toString());
    assertTrue(
        describeAll(vectors).contains("abstract: arithmetic"), describeAll(vectors).toString());
    assertEquals(Assignment.Decision.RULES_IN, vectors.decision());
    // an other sense is its words side by side: "Models in Arithmetic" is not "model arithmetic"
    assertTrue(
        describe(survey, "interpreting-and-improving-large-language-models-in", "reasoning")
            .contains("title: Arithmetic"));
  }

  @Test
  void aPuzzlingResultIsNoPuzzle() {
    Survey survey = RealSurvey.analysed();
    List<String> puzzling =
        describe(survey, "phenomenal-yet-puzzling-testing-inductive-reasoning", "reasoning");
    assertTrue(puzzling.stream().noneMatch(e -> e.contains("uzzl")), puzzling.toString());
    assertTrue(
        describe(survey, "on-memorization-of-large-language-models-in-logical", "reasoning")
            .contains("abstract: puzzles ×6"));
  }

  @Test
  void progressiveCountsOnlyWhereItQualifiesTraining() {
    Survey survey = RealSurvey.analysed();
    // "Progressive Sparse Low-Rank Adaptation" and a "progressive parameter adjustment" gave it
    // 3.5 curriculum points
    assertEquals(
        List.of(),
        describe(survey, "sara-high-efficient-diffusion-model-fine-tuning-with", "curriculum"));
    assertEquals(
        List.of(
            "title: Progressive Reinforcement Learning",
            "abstract: progressive Reinforcement learning"),
        describe(survey, "med-r-3-enhancing-medical-retrieval-augmented-reasoning-of", "curriculum")
            .stream()
            .filter(e -> e.contains("rogressive"))
            .toList());
  }

  /**
   * The fresh tuning papers about a school's or a university's course of study meet the schooling
   * pair by their schools, plans, standards and lecturers; a training curriculum that "mimics
   * adaptive pedagogy" does not.
   */
  @Test
  void aCourseOfStudyIsKnownByItsSchoolsAndPlans() throws Exception {
    assumeTrue(Files.isDirectory(FreshListing.FRESH), "no fresh corpus at " + FreshListing.FRESH);
    List<String> courses =
        List.of(
            "A technical curriculum on language-oriented",
            "COGENT: A Curriculum-oriented Framework",
            "From National Curricula to Cultural Awareness",
            "An NLP-Driven Framework for Curriculum-Labor Market Alignment",
            "AI-Powered Detection of Inappropriate Language in Medical School Curricula");
    String training = "Bidirectional Curriculum Generation";
    Map<String, Assignment> scored = freshCurriculum(courses, training);
    assertEquals(courses.size() + 1, scored.size(), scored.keySet().toString());
    for (String course : courses) {
      Assignment a = scored.get(course);
      assertTrue(
          a.evidence().stream().anyMatch(e -> e.describe().contains(" + ") && e.points() == -30),
          course + ": " + describeAll(a));
      assertEquals(Assignment.Decision.RULES_OUT, a.decision(), course);
    }
    Assignment bidirectional = scored.get(training);
    assertTrue(
        bidirectional.evidence().stream().noneMatch(e -> e.describe().contains(" + ")),
        describeAll(bidirectional).toString());
    assertEquals(Assignment.Decision.RULES_IN, bidirectional.decision());
  }

  /**
   * COTS, a retrieval model of the llm-bible collection, was read as "CoTs" 5 times (12 points).
   */
  @Test
  void anAcronymWithACapitalSIsAnotherName() throws Exception {
    Path bible = Repo.root().resolve("../shared/corpora/llm-bible/_publications");
    Path file = bible.resolve("lu2022collaborative.markdown");
    assumeTrue(Files.isRegularFile(file), "no llm-bible corpus at " + bible);
    String title =
        Files.readAllLines(Repo.content().resolve("eval/llm-bible-labels.tsv")).stream()
            .filter(line -> line.startsWith("COTS: "))
            .findFirst()
            .orElseThrow()
            .split("\t")[0];
    String text = Files.readString(file);
    String abstractText = text.substring(text.indexOf("---", 3) + 3).strip();
    RuleScorer scorer =
        new RuleScorer(RealSurvey.analysed().themes(), ANALYZER, (theme, message) -> {});
    Assignment reasoning =
        scorer.score(AnalyzedPaper.of(Papers.paper("p", title, abstractText), ANALYZER)).stream()
            .filter(a -> a.theme().equals("reasoning"))
            .findFirst()
            .orElseThrow();
    assertTrue(abstractText.contains("our COTS"), abstractText);
    assertEquals(List.of("abstract: text-to-image"), describeAll(reasoning));
    assertEquals(Assignment.Decision.RULES_OUT, reasoning.decision());
  }

  @Test
  void anOtherSenseOfNoCueWordIsReportedAndCancelsNothing() {
    ThemeRules rules =
        new ThemeRules(
            5,
            3,
            3,
            List.of(new ThemeRules.Cue("arithmetic", 2, ThemeRules.Scope.ANYWHERE)),
            List.of(),
            List.of(),
            List.of("task arithmetic", "weather forecast"));
    List<String> notes = new ArrayList<>();
    RuleScorer scorer =
        new RuleScorer(
            List.of(
                new Theme(
                    "reasoning",
                    "Reasoning",
                    null,
                    1,
                    "",
                    rules,
                    new Markdown("", new Provenance("themes/reasoning.md", 1)),
                    List.of())),
            ANALYZER,
            (theme, message) -> notes.add(message));
    assertEquals(
        List.of(
            "other_senses phrase 'weather forecast' holds no word of the theme's cues; ignored"),
        notes);
    Assignment a =
        scorer
            .score(
                AnalyzedPaper.of(
                    Papers.paper(
                        "p", "Task Arithmetic", "Task arithmetic, then arithmetic word problems."),
                    ANALYZER))
            .get(0);
    assertEquals(List.of("abstract: arithmetic"), describeAll(a));
  }

  /** The curriculum assignment of each fresh tuning paper whose title starts with one given. */
  private static Map<String, Assignment> freshCurriculum(List<String> starts, String more)
      throws Exception {
    List<String> all = new ArrayList<>(starts);
    all.add(more);
    List<String> lines =
        FreshListing.lines(
            row -> row[1].equals("tuning") && all.stream().anyMatch(row[0]::startsWith));
    List<Theme> themes = RealSurvey.analysed().themes();
    RuleScorer scorer = new RuleScorer(themes, ANALYZER, (theme, message) -> {});
    ObjectMapper json = new ObjectMapper();
    Map<String, Assignment> out = new TreeMap<>();
    for (String line : lines) {
      JsonNode node = json.readTree(line);
      String title = node.path("title").asText();
      for (Assignment a :
          scorer.score(
              AnalyzedPaper.of(
                  Papers.paper("p", title, node.path("abstract").asText()), ANALYZER))) {
        if (a.theme().equals("curriculum")) {
          out.put(all.stream().filter(title::startsWith).findFirst().orElseThrow(), a);
        }
      }
    }
    return out;
  }

  private static Assignment assignment(Survey survey, String slug) {
    return survey.assignmentsOf(survey.paper(slug)).stream()
        .filter(a -> a.theme().equals("reasoning"))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> describe(Survey survey, String slug, String theme) {
    return survey.assignmentsOf(survey.paper(slug)).stream()
        .filter(a -> a.theme().equals(theme))
        .flatMap(a -> a.evidence().stream())
        .map(Evidence::describe)
        .toList();
  }

  private static List<String> describeAll(Assignment a) {
    return a.evidence().stream().map(Evidence::describe).toList();
  }
}
