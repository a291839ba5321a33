package dev.surveyor.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.model.Entity;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Provenance;
import dev.surveyor.model.Subtopic;
import dev.surveyor.model.SubtopicPin;
import dev.surveyor.support.Papers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Named evidence on a constructed page: three curators' groups (reinforcement learning,
 * mathematical reasoning, logic), papers in no group, and sixty papers elsewhere in the survey so
 * that the names are rare. What moves and what does not is what the rule says, each for one reason.
 */
class SubtopicEvidenceTest {
  private static final List<SubtopicPin> PINS =
      List.of(
          new SubtopicPin("Reinforcement learning", List.of("reinforcement learning")),
          new SubtopicPin("Mathematical reasoning", List.of("mathematical reasoning")),
          new SubtopicPin("Logic", List.of("logical reasoning")));

  private static final String RL_TWICE =
      " We train with reinforcement learning; reinforcement learning is run once per step.";

  /** slug, title, abstract; then the group each page paper is clustered in (-1: none). */
  private static final String[][] PAGE = {
    {"r1", "Policy Gradients for Agents", "GRPO helps. GRPO again." + RL_TWICE},
    {"r2", "Rewards that Scale", "GRPO helps. GRPO again." + RL_TWICE},
    {"r3", "Critics Without Values", "GRPO helps. GRPO again." + RL_TWICE},
    // none of its group's names, its title names the next group, it holds that group's GSM8K
    {"r4", "Mathematical Reasoning by Masking Steps", "GSM8K twice: GSM8K." + RL_TWICE},
    // the same title, but it names GRPO once: its group's name holds it there
    {"r5", "Mathematical Reasoning by Pruning Steps", "GRPO once. GSM8K, GSM8K." + RL_TWICE},
    // no names at all: absent evidence is no evidence, it stays
    {"r6", "Quiet Words Only", "Nothing named here." + RL_TWICE},
    {"m1", "Counting Apples Carefully", "GSM8K and GSM8K; mathematical reasoning, twice."},
    {"m2", "Adding Numbers Slowly", "GSM8K and GSM8K; mathematical reasoning, twice."},
    {"m3", "Dividing Cakes Fairly", "GSM8K and GSM8K; mathematical reasoning, twice."},
    {"l1", "Proofs in Plain Words", "ProofWriter and ProofWriter; logical reasoning twice."},
    {"l2", "Rules over Facts", "ProofWriter and ProofWriter; logical reasoning twice."},
    // in no group: ProofWriter is Logic's alone, so it joins Logic
    {"x1", "Entailment Chains", "We evaluate on ProofWriter, and ProofWriter only."},
    // ProofWriter strongly, but GRPO once too: two groups' names, so no one place
    {"x2", "Entailment Trees", "We evaluate on ProofWriter, and ProofWriter; GRPO too."},
    // GPT-4o, a model every Math paper compares with, is no group's name
    {"x3", "Comparing Chat Systems", "GPT-4o, GPT-4o."},
    // clustered with RL, which it names twice in passing; none of its names, and its text is
    // nearest five papers of other groups or none: it leaves for the papers in no named group
    {
      "r7",
      "Entailment over Plain Facts",
      "We evaluate on ProofWriter and GPT-4o, comparing chat systems: entailment chains and trees."
          + " Reinforcement learning aside; reinforcement learning, in passing."
    },
  };

  private static final int[] CLUSTERED = {0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, -1, -1, -1, 0};

  @Test
  void movesOnlyOnNamedEvidence() {
    List<Paper> papers = papers();
    List<String> slugs = papers.stream().map(Paper::slug).toList();
    List<Integer> members = IntStream.range(0, PAGE.length).boxed().toList();
    try (TextAnalyzer analyzer = new TextAnalyzer()) {
      SubtopicEvidence evidence = evidence(papers, analyzer);
      SubtopicEvidence.Result result =
          evidence.correct(
              members,
              slugs,
              clustered(slugs),
              PINS,
              Set.of(),
              new PinMentions(PINS, papers, analyzer),
              IntroductionPlacements.none(PINS));
      Map<String, String> moved = moves(result);
      assertEquals(
          Map.of(
              "r4", "Reinforcement learning -> Mathematical reasoning",
              "x1", " -> Logic",
              "r7", "Reinforcement learning -> "),
          moved);
      assertEquals(
          List.of(
              "Reinforcement learning: [r1, r2, r3, r5, r6]",
              "Mathematical reasoning: [r4, m1, m2, m3]",
              "Logic: [l1, l2, x1]",
              "outside the named sub-topics: [x2, x3, r7]"),
          result.subtopics().stream().map(s -> s.label() + ": " + s.papers()).toList());
      // a paper the theme's introduction names under its group's heading is the curator's word:
      // it neither leaves (r7) nor follows its title to another group (r4, whose title names
      // mathematical reasoning and who holds GSM8K; round groups12: the rule over titles once
      // ignored the introduction, and a paper cycled between two groups)
      SubtopicEvidence.Result introduced =
          evidence.correct(
              members,
              slugs,
              clustered(slugs),
              PINS,
              Set.of(),
              new PinMentions(PINS, papers, analyzer),
              new IntroductionPlacements(
                  "Intro.\n\n### Reinforcement learning\n\nSee [facts](paper:r7) and"
                      + " [masking](paper:r4).\n",
                  PINS));
      assertEquals(
          List.of("x1"), introduced.moves().stream().map(SubtopicEvidence.Move::slug).toList());
    }
  }

  /**
   * A paper in no named group that the introduction names under a heading joins that group though
   * its text never writes the group's phrases: the curator's word is the only placement it has
   * (round groups16: "Making Large Language Models Better Reasoners with Alignment" fine-tunes on
   * chain-of-thought data in words no group's phrases are). A paper in a group the introduction
   * names under another heading, in passing, stays where its words put it.
   */
  @Test
  void theIntroductionPlacesAPaperInNoGroupWhereverItNamesIt() {
    SubtopicEvidence.Result result =
        corrected(
            "Intro.\n\n### Logic\n\nUnlike [chat systems](paper:x3) and [quiet"
                + " words](paper:r6), ...\n");
    Map<String, String> moved = moves(result);
    // x3 writes no phrase of Logic's, nor of any group's; r6 writes reinforcement learning twice
    assertEquals(" -> Logic", moved.get("x3"));
    assertEquals(null, moved.get("r6"));
  }

  /**
   * A named group left with fewer than three papers is not shown: two papers are a pair, not a line
   * of work (review 17: PEFT's "Surveys, configuration and comparisons" of two). Its papers are
   * listed in no named group, and no later move fills it again. Here the introduction places x1,
   * which named evidence would put under Logic, under Reinforcement learning, and Logic keeps two.
   */
  @Test
  void aGroupOfTwoIsNotShown() {
    SubtopicEvidence.Result result =
        corrected("Intro.\n\n### Reinforcement learning\n\nSee [facts](paper:x1).\n");
    List<String> moves =
        result.moves().stream().map(m -> m.slug() + ": " + m.from() + " -> " + m.to()).toList();
    assertTrue(moves.contains("x1:  -> Reinforcement learning"), moves.toString());
    assertTrue(moves.contains("l1: Logic -> "), moves.toString());
    assertTrue(moves.contains("l2: Logic -> "), moves.toString());
    // listed in no named group, where the usual rules may still place them, never under Logic
    assertFalse(moves.stream().anyMatch(m -> m.endsWith("-> Logic")), moves.toString());
    List<String> labels = result.subtopics().stream().map(Subtopic::label).toList();
    assertFalse(labels.contains("Logic"), labels.toString());
  }

  /**
   * A paper the introduction names under "Not in a named group" is there by the curator's word: it
   * leaves its group (r1) and no rule places it (round groups17: "The Ultimate Guide to Fine-Tuning
   * LLMs" joined the preference papers by its nearest papers). The Other page describes its groups
   * in a list, each item opening with the group's name in bold: such an item places the papers it
   * names as a heading does (x3 writes no group's phrases).
   */
  @Test
  void theIntroductionKeepsAPaperApartAndPlacesByItsListItems() {
    SubtopicEvidence.Result result =
        corrected(
            "Intro.\n\n- **Logic**: such as [chat systems](paper:x3).\n\n"
                + "**Not in a named group** lists others, such as [facts](paper:r1).\n");
    Map<String, String> moved = moves(result);
    assertEquals("Reinforcement learning -> ", moved.get("r1"));
    assertEquals(" -> Logic", moved.get("x3"));
    assertEquals(" -> Logic", moved.get("x1"));
  }

  /** Each moved paper's "from -> to" (an empty side: no named group). */
  private static Map<String, String> moves(SubtopicEvidence.Result result) {
    return result.moves().stream()
        .collect(Collectors.toMap(SubtopicEvidence.Move::slug, m -> m.from() + " -> " + m.to()));
  }

  private static SubtopicEvidence.Result corrected(String introduction) {
    List<Paper> papers = papers();
    List<String> slugs = papers.stream().map(Paper::slug).toList();
    List<Integer> members = IntStream.range(0, PAGE.length).boxed().toList();
    try (TextAnalyzer analyzer = new TextAnalyzer()) {
      return evidence(papers, analyzer)
          .correct(
              members,
              slugs,
              clustered(slugs),
              PINS,
              Set.of(),
              new PinMentions(PINS, papers, analyzer),
              new IntroductionPlacements(introduction, PINS));
    }
  }

  /**
   * The page's papers and sixty elsewhere in the survey, so that a name a few papers write is rare.
   */
  private static List<Paper> papers() {
    List<Paper> papers = new ArrayList<>();
    for (String[] p : PAGE) {
      papers.add(Papers.paper(p[0], p[1], p[2]));
    }
    IntStream.range(0, 60)
        .forEach(
            i -> papers.add(Papers.paper("o" + i, "Elsewhere number" + i, "Unrelated text " + i)));
    // m1..m3 compare with GPT-4o as well
    for (int m = 6; m <= 8; m++) {
      Paper p = papers.get(m);
      papers.set(m, Papers.paper(p.slug(), p.title(), p.abstractText() + " GPT-4o, GPT-4o."));
    }
    return papers;
  }

  private static SubtopicEvidence evidence(List<Paper> papers, TextAnalyzer analyzer) {
    List<Entity> entities =
        List.of(
            entity("grpo", Entity.Kind.METHOD, "GRPO"),
            entity("gsm8k", Entity.Kind.BENCHMARK, "GSM8K"),
            entity("proofwriter", Entity.Kind.BENCHMARK, "ProofWriter"),
            entity("gpt-4o", Entity.Kind.MODEL, "GPT-4o"));
    NamedEvidence named =
        new NamedEvidence(papers, EntityIndexer.build(entities, papers), analyzer);
    return new SubtopicEvidence(named, TermVectorsTest.vectors(papers));
  }

  private static List<Subtopic> clustered(List<String> slugs) {
    List<Subtopic> found = new ArrayList<>();
    for (int g = 0; g < PINS.size(); g++) {
      found.add(new Subtopic("g" + g, PINS.get(g).name(), true, true, List.of(), in(g, slugs)));
    }
    found.add(
        new Subtopic(
            "none", "outside the named sub-topics", false, false, List.of(), in(-1, slugs)));
    return found;
  }

  private static List<String> in(int group, List<String> slugs) {
    List<String> in = new ArrayList<>();
    for (int i = 0; i < CLUSTERED.length; i++) {
      if (CLUSTERED[i] == group) {
        in.add(slugs.get(i));
      }
    }
    return in;
  }

  private static Entity entity(String slug, Entity.Kind kind, String alias) {
    return new Entity(
        slug, alias, kind, List.of(alias), false, "", new Provenance("entities.yml", 1));
  }
}
