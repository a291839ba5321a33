package dev.surveyor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A curator's file for one paper, {@code content/papers/<slug>.md}: either a verdict, the paper's
 * exact themes ({@code themes: [reasoning, peft]}; {@code themes: []} is none), or themes to add or
 * remove, both winning over any scoring model; a note shown on the paper page; and a title or
 * abstract that replaces the captured one where the capture broke it (empty when the captured text
 * stands); and whether the curator placed the paper outside the survey's scope ({@code scope:
 * outside}, the note giving the reason), which puts it in no theme and lists it apart.
 *
 * @param verdict the paper's exact themes, when the curator gave them (none for a paper outside the
 *     scope)
 */
public record PaperNote(
    String slug,
    List<String> addThemes,
    List<String> removeThemes,
    Optional<List<String>> verdict,
    Markdown note,
    String title,
    String abstractText,
    boolean outsideScope) {

  public PaperNote {
    Objects.requireNonNull(slug, "slug");
    addThemes = List.copyOf(addThemes);
    removeThemes = List.copyOf(removeThemes);
    verdict = verdict.map(List::copyOf);
    Objects.requireNonNull(note, "note");
    title = title == null ? "" : title.strip();
    abstractText = abstractText == null ? "" : abstractText.strip();
  }

  /** A note that adds or removes themes, without a verdict or curated text. */
  public PaperNote(String slug, List<String> addThemes, List<String> removeThemes, Markdown note) {
    this(slug, addThemes, removeThemes, Optional.empty(), note, "", "", false);
  }

  /** A verdict's note, without curated text. */
  public PaperNote(
      String slug,
      List<String> addThemes,
      List<String> removeThemes,
      Optional<List<String>> verdict,
      Markdown note) {
    this(slug, addThemes, removeThemes, verdict, note, "", "", false);
  }

  /** The same note with another body: what serve compares to see whether only the text changed. */
  public PaperNote withNote(Markdown other) {
    return new PaperNote(
        slug, addThemes, removeThemes, verdict, other, title, abstractText, outsideScope);
  }

  public boolean curatesText() {
    return !title.isEmpty() || !abstractText.isEmpty();
  }
}
