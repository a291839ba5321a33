package dev.surveyor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.eval.Agreement.ThemeAgreement;
import dev.surveyor.model.Label;
import dev.surveyor.model.LabelSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgreementTest {
  /** Ten papers: both annotators say "t" for two, each alone for one, neither for six. */
  private static final List<String> FIRST = List.of("t", "t", "t", "", "", "", "", "", "", "");

  private static final List<String> SECOND = List.of("t", "t", "", "t", "", "", "", "", "", "");

  @Test
  void countsThePapersEachThemeSplitsAndScoresThemAgainstChance() {
    Agreement.Result result =
        Agreement.compare(labels(FIRST, List.of("t", "u")), labels(SECOND, List.of("t")));
    assertEquals(10, result.paired());
    assertEquals(
        List.of("t"),
        result.themes().stream().map(ThemeAgreement::theme).toList(),
        "only themes both have");
    ThemeAgreement t = result.of("t");
    assertEquals(
        List.of(2, 1, 1, 6), List.of(t.both(), t.firstOnly(), t.secondOnly(), t.neither()));
    assertEquals(4.0 / 6, t.f1(), 1e-9);
    // 8 of 10 agree; chance, with 3 in 10 yes on each side, is 0.3·0.3 + 0.7·0.7 = 0.58
    assertEquals((0.8 - 0.58) / (1 - 0.58), t.kappa(), 1e-9);
  }

  @Test
  void annotatorsWhoAgreeEverywhereScoreOneEvenWithNoPositives() {
    ThemeAgreement none =
        Agreement.compare(
                labels(List.of("", ""), List.of("t")), labels(List.of("", ""), List.of("t")))
            .of("t");
    assertEquals(1.0, none.f1());
    assertEquals(1.0, none.kappa());
    ThemeAgreement all =
        Agreement.compare(labels(FIRST, List.of("t")), labels(FIRST, List.of("t"))).of("t");
    assertEquals(1.0, all.f1());
    assertEquals(1.0, all.kappa());
  }

  @Test
  void papersPairByTitleKeyAndTheOthersAreListed() {
    LabelSet first =
        new LabelSet(
            "a.tsv",
            List.of("t"),
            List.of(new Label("Chain-of-Thought Prompting", false, Set.of("t"), "", 2)));
    LabelSet second =
        new LabelSet(
            "b.tsv",
            List.of("t"),
            List.of(
                new Label("Chain-of-thought prompting", true, Set.of("t"), "", 2),
                new Label("A paper the first never saw", true, Set.of(), "", 3)));
    Agreement.Result result = Agreement.compare(first, second);
    assertEquals(1, result.paired());
    assertEquals(1, result.of("t").both());
    assertEquals(
        List.of("A paper the first never saw"),
        result.unpaired().stream().map(Label::title).toList());
    String report = Agreement.format(result, "a.tsv", "b.tsv");
    assertEquals(
        List.of(
            "",
            "Agreement of b.tsv with a.tsv on the 1 papers both label:",
            "theme                  papers   both  first second    F1  kappa",
            "t                           1      1      0      0  1.00   1.00",
            "1 labels of b.tsv name no paper of a.tsv:",
            "  line 3: A paper the first never saw"),
        report.lines().toList());
  }

  private static LabelSet labels(List<String> themes, List<String> columns) {
    List<Label> labels = new ArrayList<>();
    for (int i = 0; i < themes.size(); i++) {
      labels.add(
          new Label(
              "Paper " + i,
              false,
              themes.get(i).isEmpty() ? Set.of() : Set.of(themes.get(i)),
              "",
              i + 2));
    }
    return new LabelSet("labels.tsv", columns, labels);
  }
}
