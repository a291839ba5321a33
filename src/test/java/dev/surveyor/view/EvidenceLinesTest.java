package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.model.Evidence;
import dev.surveyor.model.Evidence.Field;
import dev.surveyor.model.ThemeRules;
import dev.surveyor.view.Views.EvidenceView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a theme's evidence reads as reasons; the real pages are checked in EvidenceSiteTest. */
class EvidenceLinesTest {
  private static List<String> lines(List<Evidence> evidence) {
    return EvidenceLines.of(evidence, "instruction tuning").stream()
        .map(EvidenceLinesTest::text)
        .toList();
  }

  private static String text(EvidenceView v) {
    return v.lead() + "\u201c" + v.phrase() + "\u201d" + v.detail() + " " + v.points();
  }

  @Test
  void nestedPhrasesOfOneTitleAndTheAbstractAreOneLineWithTheirTotal() {
    List<Evidence> found =
        List.of(
            new Evidence("instruction following", "Instruction Following", Field.TITLE, 1, 9),
            new Evidence("follow", "Following", Field.TITLE, 1, 2.5, "instruction following"),
            new Evidence("instruction", "Instruction", Field.TITLE, 1, 3, "instruction following"),
            new Evidence("instruction following", "instruction following", Field.ABSTRACT, 5, 9),
            new Evidence(
                "instruction", "instruction", Field.ABSTRACT, 7, 1.5, "instruction following"),
            new Evidence("reasoning", "Reasoning", Field.TITLE, 1, -9));
    assertEquals(
        List.of(
            "\u201cInstruction Following\u201d in the title and 5 times in the abstract;"
                + " \u201cinstruction\u201d counts too: 7 times in all +25",
            "a title about \u201cReasoning\u201d points away from instruction tuning \u22129"),
        lines(found));
  }

  @Test
  void aNegativePhraseRoundAPositiveOneSaysItsWordsCountLess() {
    List<Evidence> found =
        List.of(
            new Evidence(
                "instruction tuning",
                "instruction-tuned",
                Field.ABSTRACT,
                3,
                9,
                "instruction-tuned models"),
            new Evidence(
                "instruction-tuned models", "instruction-tuned models", Field.ABSTRACT, 2, -3),
            new Evidence("robot", "robot", Field.ABSTRACT, 1, -2),
            new Evidence("prompt + frozen", "prompt + frozen", Field.ABSTRACT, 1, 3));
    assertEquals(
        List.of(
            "\u201cinstruction-tuned\u201d 3 times in the abstract +9",
            "\u201cprompt\u201d and \u201cfrozen\u201d together +3",
            // it said "where its words count less", which named neither the words nor the place
            "\u201cinstruction-tuned models\u201d twice in the abstract, a phrase that takes back"
                + " some of the points its words score \u22123",
            "\u201crobot\u201d in the abstract points away from instruction tuning \u22122"),
        lines(found));
  }

  @Test
  void aPairSaysWhatItsTwoPhrasesMeanTogetherAndWhichWayTheyPoint() {
    List<ThemeRules.Pair> pairs =
        List.of(
            new ThemeRules.Pair(
                List.of("prompt"), List.of("vectors"), 3, "a prompt learned as vectors"),
            new ThemeRules.Pair(
                List.of("curriculum"), List.of("K-12"), -30, "a school's course of study"));
    List<Evidence> found =
        List.of(
            new Evidence("prompt + vectors", "prompt + vector", Field.ABSTRACT, 1, 3),
            new Evidence("curriculum + K-12", "curriculum + K-12", Field.ABSTRACT, 1, -30));
    assertEquals(
        List.of(
            "\u201cprompt\u201d and \u201cvector\u201d together: a prompt learned as vectors +3",
            "\u201ccurriculum\u201d and \u201cK-12\u201d together: a school's course of study, so"
                + " they point away from curriculum learning \u221230"),
        EvidenceLines.of(found, "curriculum learning", pairs).stream()
            .map(EvidenceLinesTest::text)
            .toList());
  }

  @Test
  void theLinesAddUpToTheEvidence() {
    List<Evidence> found =
        List.of(
            new Evidence("a", "a", Field.TITLE, 1, 0.75),
            new Evidence("a b", "a b", Field.TITLE, 1, 1.5),
            new Evidence("a", "a", Field.ABSTRACT, 3, 2.25, "a b"),
            new Evidence("a b", "a b", Field.ABSTRACT, 1, 0.75));
    List<EvidenceView> views = EvidenceLines.of(found, "t");
    double sum =
        views.stream()
            .mapToDouble(v -> Double.parseDouble(v.points().replace("\u2212", "-")))
            .sum();
    assertEquals(5.25, sum, 1e-9);
  }
}
