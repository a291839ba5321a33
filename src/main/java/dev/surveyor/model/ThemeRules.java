package dev.surveyor.model;

import java.util.List;

/**
 * How a theme recognises its papers: weighted phrases (negative weights are counter-cues, and a
 * negative multi-word phrase such as "using LoRA" cancels the context it names), a multiplier for
 * phrases found in the title, a cap on how often a repeated abstract phrase counts, paired cues
 * that count only when two kinds of phrase meet in one paper, and the score a paper needs.
 *
 * @param formsOnly words that count in the theme's cues only in their own forms (the word and its
 *     inflections: "reasoning", "reasons", not "reasonable"), not in every word of their stem; a
 *     paired cue's words always count so
 * @param otherSenses phrases that give a cue's word another sense ("task arithmetic" is merging
 *     models, not sums; "puzzling" is not a puzzle): a cue or paired cue's phrase of the theme
 *     found inside one does not count; their words count only in their own forms
 */
public record ThemeRules(
    double threshold,
    double titleWeight,
    int maxRepeats,
    List<Cue> cues,
    List<Pair> pairs,
    List<String> formsOnly,
    List<String> otherSenses) {

  public ThemeRules {
    cues = List.copyOf(cues);
    pairs = List.copyOf(pairs);
    formsOnly = List.copyOf(formsOnly);
    otherSenses = List.copyOf(otherSenses);
    if (titleWeight <= 0) {
      titleWeight = 2;
    }
    if (maxRepeats <= 0) {
      maxRepeats = 3;
    }
  }

  /**
   * A phrase and what one match of it is worth, counted where its scope says: a phrase that is weak
   * evidence in an abstract ("LoRA" as a tool) can still be strong in a title.
   */
  public record Cue(String phrase, double weight, Scope scope) {}

  public ThemeRules(double threshold, double titleWeight, int maxRepeats, List<Cue> cues) {
    this(threshold, titleWeight, maxRepeats, cues, List.of());
  }

  public ThemeRules(
      double threshold, double titleWeight, int maxRepeats, List<Cue> cues, List<Pair> pairs) {
    this(threshold, titleWeight, maxRepeats, cues, pairs, List.of());
  }

  public ThemeRules(
      double threshold,
      double titleWeight,
      int maxRepeats,
      List<Cue> cues,
      List<Pair> pairs,
      List<String> formsOnly) {
    this(threshold, titleWeight, maxRepeats, cues, pairs, formsOnly, List.of());
  }

  /**
   * A cue that needs company: its weight counts once when one of {@code phrases} and one of {@code
   * with} are both in the paper (title or abstract). "prompt" alone is any prompting paper;
   * "prompt" with "frozen" is a prompt learned for a model that stays fixed.
   *
   * @param says what the two together mean, in a reader's words ("a prompt trained while the model
   *     stays frozen"), or "": a paper page says it beside the pair, so the points read as a reason
   */
  public record Pair(List<String> phrases, List<String> with, double weight, String says) {
    public Pair {
      phrases = List.copyOf(phrases);
      with = List.copyOf(with);
      says = says == null ? "" : says.strip();
    }

    public Pair(List<String> phrases, List<String> with, double weight) {
      this(phrases, with, weight, "");
    }

    /** How evidence and messages name the pair: {@code prompt + frozen}. */
    public String name() {
      return String.join(" | ", phrases) + " + " + String.join(" | ", with);
    }
  }

  /** Where a cue counts. */
  public enum Scope {
    ANYWHERE,
    TITLE,
    ABSTRACT;

    public boolean covers(Evidence.Field field) {
      return this == ANYWHERE || name().equals(field.name());
    }
  }

  public static ThemeRules none() {
    return new ThemeRules(Double.MAX_VALUE, 2, 3, List.of(), List.of(), List.of(), List.of());
  }
}
