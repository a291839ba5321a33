package dev.surveyor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A curator's file for one paper, {@code content/papers/<slug>.md}: either a verdict, the paper's
 * exact themes ({@code themes: [reasoning, peft]}; {@code themes: []} is none), or themes to add or
 * remove, both winning over any scoring model; a note shown on the paper page; and a title or
 * abstract that replaces the captured one where the capture broke it (empty when the captured text
 * stands); whether the curator placed the paper outside the survey's scope ({@code scope: outside},
 * the note giving the reason), which puts it in no theme and lists it apart; and the curator's list
 * summary, which every list shows instead of the sentence chosen from the abstract.
 *
 * @param verdict the paper's exact themes, when the curator gave them (none for a paper outside the
 *     scope)
 * @param summary the curator's list summary, its white space collapsed; empty when the chosen
 *     sentence stands
 * @param facts what the curator states about the paper where no source did: authors, its page, its
 *     arXiv id, its year or date
 */
public record PaperNote(
    String slug,
    List<String> addThemes,
    List<String> removeThemes,
    Optional<List<String>> verdict,
    Markdown note,
    String title,
    String abstractText,
    boolean outsideScope,
    String summary,
    CuratedFacts facts) {

  public PaperNote {
    Objects.requireNonNull(slug, "slug");
    addThemes = List.copyOf(addThemes);
    removeThemes = List.copyOf(removeThemes);
    verdict = verdict.map(List::copyOf);
    Objects.requireNonNull(note, "note");
    title = title == null ? "" : title.strip();
    abstractText = abstractText == null ? "" : abstractText.strip();
    // a folded or wrapped YAML value reads as one line in a list
    summary = summary == null ? "" : summary.strip().replaceAll("\\s+", " ");
    Objects.requireNonNull(facts, "facts");
  }

  /** A note that adds or removes themes, without a verdict or curated text. */
  public PaperNote(String slug, List<String> addThemes, List<String> removeThemes, Markdown note) {
    this(slug, addThemes, removeThemes, Optional.empty(), note);
  }

  /** A verdict's note, without curated text. */
  public PaperNote(
      String slug,
      List<String> addThemes,
      List<String> removeThemes,
      Optional<List<String>> verdict,
      Markdown note) {
    this(slug, addThemes, removeThemes, verdict, note, "", "", false, "", CuratedFacts.none());
  }

  /** The same note with another body: what serve compares to see whether only the text changed. */
  public PaperNote withNote(Markdown other) {
    return new PaperNote(
        slug,
        addThemes,
        removeThemes,
        verdict,
        other,
        title,
        abstractText,
        outsideScope,
        summary,
        facts);
  }

  public boolean curatesText() {
    return !title.isEmpty() || !abstractText.isEmpty();
  }

  /** Whether the curator wrote the paper's list summary. */
  public boolean curatesSummary() {
    return !summary.isEmpty();
  }
}
