package dev.surveyor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A curator's file for one paper, {@code content/papers/<slug>.md}: either a verdict, the paper's
 * exact themes ({@code themes: [reasoning, peft]}; {@code themes: []} is none), or themes to add or
 * remove; both win over the rules. And a note shown on the paper page.
 *
 * @param verdict the paper's exact themes, when the curator gave them
 */
public record PaperNote(
    String slug,
    List<String> addThemes,
    List<String> removeThemes,
    Optional<List<String>> verdict,
    Markdown note) {

  public PaperNote {
    Objects.requireNonNull(slug, "slug");
    addThemes = List.copyOf(addThemes);
    removeThemes = List.copyOf(removeThemes);
    verdict = verdict.map(List::copyOf);
    Objects.requireNonNull(note, "note");
  }

  /** A note that adds or removes themes, without a verdict. */
  public PaperNote(String slug, List<String> addThemes, List<String> removeThemes, Markdown note) {
    this(slug, addThemes, removeThemes, Optional.empty(), note);
  }

  /** The same note with another text, for comparing what the analysis reads. */
  public PaperNote withNote(Markdown text) {
    return new PaperNote(slug, addThemes, removeThemes, verdict, text);
  }
}
