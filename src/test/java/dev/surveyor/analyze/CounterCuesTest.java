package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.ingest.LabelReader;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Evidence;
import dev.surveyor.model.Label;
import dev.surveyor.model.LabelSet;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import dev.surveyor.support.FreshListing;
import dev.surveyor.support.Papers;
import dev.surveyor.support.RealSurvey;
import dev.surveyor.support.Repo;
import dev.surveyor.text.Text;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A counter-cue earns its place by the papers it keeps out: on the labelled tuning papers, no
 * counter-cue alone keeps more of its theme's papers out than papers the labels leave out (issue
 * 22: a reader found theme papers explained away by such a phrase). Then the cues it dropped or
 * narrowed, on the papers they were found on.
 */
class CounterCuesTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  /** What one counter-cue alone decides on labelled papers: theme papers lost, others kept out. */
  private static final class Tally {
    final List<String> lost = new ArrayList<>();
    final List<String> keptOut = new ArrayList<>();

    @Override
    public String toString() {
      return "lost " + lost + ", kept out " + keptOut;
    }
  }

  @Test
  void noCounterCueKeepsOutMoreThemePapersThanOthers() throws Exception {
    Map<String, Tally> tallies = new TreeMap<>();
    Survey survey = RealSurvey.analysed();
    LabelSet labels =
        LabelReader.read(Repo.content().resolve("eval/labels.tsv"), "eval/labels.tsv");
    Map<String, Paper> byKey = new HashMap<>();
    survey.papers().forEach(p -> byKey.put(p.key(), p));
    for (Label label : labels.labels()) {
      if (!label.heldOut()) {
        Paper paper = byKey.get(Text.titleKey(label.title()));
        tally(tallies, label, survey.assignmentsOf(paper));
      }
    }
    if (Files.isDirectory(FreshListing.FRESH)) {
      freshTuning(tallies);
    }
    List<String> costly =
        tallies.entrySet().stream()
            .filter(e -> e.getValue().lost.size() > e.getValue().keptOut.size())
            .map(e -> e.getKey() + ": " + e.getValue())
            .toList();
    assertEquals(List.of(), costly);
    // the measure has something to measure: counter-cues that decide papers both ways
    assertTrue(tallies.get("reasoning / agent").lost.size() >= 1, tallies.toString());
    assertTrue(tallies.get("reasoning / safety").keptOut.size() >= 3, tallies.toString());
  }

  /** The fresh tuning papers, scored by the survey's rules, tallied like the survey's. */
  private static void freshTuning(Map<String, Tally> tallies) throws Exception {
    RuleScorer scorer =
        new RuleScorer(RealSurvey.analysed().themes(), ANALYZER, (theme, message) -> {});
    LabelSet fresh = LabelReader.read(FreshListing.LABELS, "eval/fresh-labels.tsv");
    Map<String, Label> byKey = new HashMap<>();
    fresh.labels().stream()
        .filter(l -> !l.heldOut())
        .forEach(l -> byKey.put(Text.titleKey(l.title()), l));
    ObjectMapper json = new ObjectMapper();
    int scored = 0;
    for (String line : FreshListing.lines(row -> row[1].equals("tuning"))) {
      JsonNode node = json.readTree(line);
      String title = node.path("title").asText();
      Label label = byKey.get(Text.titleKey(title));
      if (label != null) {
        Paper paper = Papers.paper("p", title, node.path("abstract").asText());
        tally(tallies, label, scorer.score(AnalyzedPaper.of(paper, ANALYZER)));
        scored++;
      }
    }
    assertTrue(scored > 1000, "fresh tuning papers scored: " + scored);
  }

  private static void tally(Map<String, Tally> tallies, Label label, List<Assignment> assignments) {
    for (Assignment a : assignments) {
      if (a.score() >= a.threshold()) {
        continue;
      }
      Map<String, Double> against = new TreeMap<>();
      a.evidence().stream()
          .filter(e -> e.points() < 0)
          .forEach(e -> against.merge(e.cue(), e.points(), Double::sum));
      for (Map.Entry<String, Double> cue : against.entrySet()) {
        if (a.score() - cue.getValue() >= a.threshold()) {
          Tally t = tallies.computeIfAbsent(a.theme() + " / " + cue.getKey(), k -> new Tally());
          (label.themes().contains(a.theme()) ? t.lost : t.keptOut).add(label.title());
        }
      }
    }
  }

  /**
   * "instruction-tuned LLMs" names the models a paper used; "instruction tuning of LLMs" is what it
   * studies, and took points back from six labelled instruction-tuning papers of the survey.
   */
  @Test
  void instructionTuningOfModelsIsNoInstructionTunedModel() {
    Survey survey = RealSurvey.analysed();
    for (String slug :
        List.of(
            "unleashing-the-power-of-data-tsunami-a-comprehensive-survey",
            "synthetic-data-almost-from-scratch-generalized-instruction",
            "selective-reflection-tuning-student-selected-data-recycling",
            "training-free-mitigation-of-language-reasoning-degradation")) {
      List<String> against = against(survey, slug, "instruction-tuning");
      assertTrue(against.stream().noneMatch(e -> e.contains("nstruction")), slug + ": " + against);
    }
    // written "instruction-tuned", the models used still take their points back ("Instruction
    // tuning of language models" in the same abstract no longer does)
    assertEquals(
        List.of("abstract: instruction tuned models ×3"),
        against(survey, "instruction-tuned-models-are-quick-learners", "instruction-tuning"));
    assertEquals(
        List.of("title: Extractors", "abstract: instruction-tuned LLMs ×2"),
        against(
            survey,
            "aligning-instruction-tasks-unlocks-large-language-models-as",
            "instruction-tuning"));
    assertEquals(
        List.of("abstract: instruction-tuned LLMs"),
        against(survey, "instruction-tuning-aligns-llms-to-the-human-brain", "instruction-tuning"));
  }

  /** Planning is a kind of reasoning; agents that plan are kept out by the agent cues. */
  @Test
  void planningIsNoCounterCueOfReasoning() {
    Survey survey = RealSurvey.analysed();
    Assignment plan =
        assignment(
            survey, "teaching-llms-to-plan-logical-chain-of-thought-instruction", "reasoning");
    assertEquals(List.of(), describe(plan, true));
    assertEquals(30.0, plan.score());
    Assignment agents =
        assignment(
            survey, "can-we-rely-on-llm-agents-to-draft-long-horizon-plans-let-s", "reasoning");
    assertEquals(List.of("title: Agents", "abstract: agents ×5"), describe(agents, true));
    assertEquals(Assignment.Decision.RULES_OUT, agents.decision());
    // "embodied" went too: its stem met "embody" here, and alone it kept out no paper
    assertEquals(
        List.of(),
        against(survey, "citing-large-language-models-create-curriculum-for", "reasoning"));
  }

  /** A domain instruction dataset is instruction tuning, whatever it retrieves. */
  @Test
  void aDomainInstructionDatasetKeepsItsTheme() {
    Survey survey = RealSurvey.analysed();
    Assignment search =
        assignment(
            survey,
            "searchinstruct-enhancing-domain-adaptation-via-retrieval",
            "instruction-tuning");
    assertEquals(List.of("abstract: domain specific"), describe(search, true));
    assertEquals(22.5, search.score());
    // a medical title still points away from it
    assertTrue(
        against(
                survey,
                "med-r-3-enhancing-medical-retrieval-augmented-reasoning-of",
                "instruction-tuning")
            .contains("title: Medical"));
  }

  /**
   * The fresh tuning papers the dropped and narrowed cues kept out of their labelled themes, and
   * the papers whose counter-cues still keep them out.
   */
  @Test
  void freshPapersTheCuesKeptOut() throws Exception {
    assumeTrue(Files.isDirectory(FreshListing.FRESH), "no fresh corpus at " + FreshListing.FRESH);
    Map<String, Map<String, Assignment>> fresh =
        fresh(
            List.of(
                "MedInjection-FR:",
                "A Modular Approach for Clinical SLMs",
                "AmharicIR+Instr:",
                "Where Do Prompt Perturbations Break Generation?",
                "How LoRA Remembers?",
                "GroundingDINO-US-SAM:",
                "Planning for Success:",
                "ESPIRE:"));
    for (String title :
        List.of("MedInjection-FR:", "A Modular Approach for Clinical SLMs", "AmharicIR+Instr:")) {
      assertEquals(
          Assignment.Decision.RULES_IN,
          fresh.get(title).get("instruction-tuning").decision(),
          title);
    }
    // "Segment-Level" is no segmentation task; "Segmentation" in a title still is
    Assignment segment = fresh.get("Where Do Prompt Perturbations Break Generation?").get("peft");
    assertTrue(describe(segment, true).stream().noneMatch(e -> e.contains("Segment")));
    assertEquals(Assignment.Decision.RULES_IN, segment.decision());
    assertTrue(
        describe(fresh.get("GroundingDINO-US-SAM:").get("peft"), true)
            .contains("title: Segmentation"));
    assertEquals(
        Assignment.Decision.RULES_IN, fresh.get("How LoRA Remembers?").get("peft").decision());
    assertEquals(
        Assignment.Decision.RULES_IN,
        fresh.get("Planning for Success:").get("reasoning").decision());
    assertEquals(Assignment.Decision.RULES_IN, fresh.get("ESPIRE:").get("reasoning").decision());
  }

  /** Each fresh tuning paper whose title starts with one given: its assignments by theme. */
  private static Map<String, Map<String, Assignment>> fresh(List<String> starts) throws Exception {
    RuleScorer scorer =
        new RuleScorer(RealSurvey.analysed().themes(), ANALYZER, (theme, message) -> {});
    ObjectMapper json = new ObjectMapper();
    Map<String, Map<String, Assignment>> out = new TreeMap<>();
    for (String line :
        FreshListing.lines(
            row -> row[1].equals("tuning") && starts.stream().anyMatch(row[0]::startsWith))) {
      JsonNode node = json.readTree(line);
      String title = node.path("title").asText();
      Map<String, Assignment> byTheme = new TreeMap<>();
      for (Assignment a :
          scorer.score(
              AnalyzedPaper.of(
                  Papers.paper("p", title, node.path("abstract").asText()), ANALYZER))) {
        byTheme.put(a.theme(), a);
      }
      out.put(starts.stream().filter(title::startsWith).findFirst().orElseThrow(), byTheme);
    }
    assertEquals(starts.size(), out.size(), out.keySet().toString());
    return out;
  }

  private static Assignment assignment(Survey survey, String slug, String theme) {
    return survey.assignmentsOf(survey.paper(slug)).stream()
        .filter(a -> a.theme().equals(theme))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> against(Survey survey, String slug, String theme) {
    return describe(assignment(survey, slug, theme), true);
  }

  /** The evidence lines against the theme ({@code against}) or for it. */
  private static List<String> describe(Assignment a, boolean against) {
    return a.evidence().stream()
        .filter(e -> (e.points() < 0) == against)
        .map(Evidence::describe)
        .toList();
  }
}
