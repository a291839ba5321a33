package dev.surveyor.eval;

import dev.surveyor.model.Label;
import dev.surveyor.model.LabelSet;
import dev.surveyor.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How far two annotators agree on the same papers, theme by theme. Their agreement is the ceiling
 * against which the rules' scores are read: rules cannot be expected to match one annotator better
 * than a second, equally careful one does. Papers pair by title key, as labels find papers.
 */
public final class Agreement {
  private Agreement() {}

  /**
   * One theme over the papers both annotators labelled: how many both put in it, only the first,
   * only the second, and neither.
   */
  public record ThemeAgreement(String theme, int both, int firstOnly, int secondOnly, int neither) {
    public int papers() {
      return both + firstOnly + secondOnly + neither;
    }

    /** F1 of either annotator against the other (the same both ways); 1 when neither has any. */
    public double f1() {
      int denominator = 2 * both + firstOnly + secondOnly;
      return denominator == 0 ? 1 : 2.0 * both / denominator;
    }

    /**
     * Cohen's kappa: agreement beyond what two annotators with these rates of yes would reach by
     * chance; 1 when they agree on every paper, even if chance alone would have too.
     */
    public double kappa() {
      double n = papers();
      double observed = (both + neither) / n;
      double firstYes = (both + firstOnly) / n;
      double secondYes = (both + secondOnly) / n;
      double chance = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
      return chance == 1 ? 1 : (observed - chance) / (1 - chance);
    }
  }

  /**
   * The agreement per theme both files have (in the first file's order), over the papers both
   * labelled; {@code unpaired} are the second file's labels of papers the first does not have.
   */
  public record Result(int paired, List<ThemeAgreement> themes, List<Label> unpaired) {
    public Result {
      themes = List.copyOf(themes);
      unpaired = List.copyOf(unpaired);
    }

    public ThemeAgreement of(String theme) {
      return themes.stream().filter(t -> t.theme().equals(theme)).findFirst().orElseThrow();
    }
  }

  public static Result compare(LabelSet first, LabelSet second) {
    Map<String, Label> firstByKey = new HashMap<>();
    first.labels().forEach(label -> firstByKey.put(Text.titleKey(label.title()), label));
    List<String> themes = first.themes().stream().filter(second.themes()::contains).toList();
    Map<String, int[]> counts = new HashMap<>();
    themes.forEach(theme -> counts.put(theme, new int[4]));
    List<Label> unpaired = new ArrayList<>();
    int paired = 0;
    for (Label other : second.labels()) {
      Label label = firstByKey.get(Text.titleKey(other.title()));
      if (label == null) {
        unpaired.add(other);
        continue;
      }
      paired++;
      for (String theme : themes) {
        boolean a = label.themes().contains(theme);
        boolean b = other.themes().contains(theme);
        counts.get(theme)[a ? (b ? 0 : 1) : (b ? 2 : 3)]++;
      }
    }
    List<ThemeAgreement> agreements = new ArrayList<>();
    for (String theme : themes) {
      int[] c = counts.get(theme);
      agreements.add(new ThemeAgreement(theme, c[0], c[1], c[2], c[3]));
    }
    return new Result(paired, agreements, unpaired);
  }

  /** A table for a terminal, under a line saying which files were compared. */
  public static String format(Result result, String firstFile, String secondFile) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%nAgreement of %s with %s on the %d papers both label:%n",
            secondFile,
            firstFile,
            result.paired()));
    out.append(
        String.format(
            Locale.ROOT,
            "%-22s %6s %6s %6s %6s %5s %6s%n",
            "theme",
            "papers",
            "both",
            "first",
            "second",
            "F1",
            "kappa"));
    for (ThemeAgreement t : result.themes()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-22s %6d %6d %6d %6d %5.2f %6.2f%n",
              t.theme(),
              t.papers(),
              t.both(),
              t.firstOnly(),
              t.secondOnly(),
              t.f1(),
              t.kappa()));
    }
    if (!result.unpaired().isEmpty()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%d labels of %s name no paper of %s:%n",
              result.unpaired().size(),
              secondFile,
              firstFile));
      for (Label label : result.unpaired()) {
        out.append("  line ").append(label.line()).append(": ").append(label.title()).append('\n');
      }
    }
    return out.toString();
  }
}
