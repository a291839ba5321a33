package dev.surveyor.model;

import java.util.List;
import java.util.Objects;

/**
 * A curator's file for one paper, {@code content/papers/<slug>.md}: themes to add or remove (these
 * win over the rules), a note shown on the paper page, and a title or abstract that replaces the
 * captured one where the capture broke it (empty when the captured text stands).
 */
public record PaperNote(
    String slug,
    List<String> addThemes,
    List<String> removeThemes,
    Markdown note,
    String title,
    String abstractText) {

  public PaperNote {
    Objects.requireNonNull(slug, "slug");
    addThemes = List.copyOf(addThemes);
    removeThemes = List.copyOf(removeThemes);
    Objects.requireNonNull(note, "note");
    title = title == null ? "" : title.strip();
    abstractText = abstractText == null ? "" : abstractText.strip();
  }

  public PaperNote(String slug, List<String> addThemes, List<String> removeThemes, Markdown note) {
    this(slug, addThemes, removeThemes, note, "", "");
  }

  /** The same note with another body: what serve compares to see whether only the text changed. */
  public PaperNote withNote(Markdown other) {
    return new PaperNote(slug, addThemes, removeThemes, other, title, abstractText);
  }

  public boolean curatesText() {
    return !title.isEmpty() || !abstractText.isEmpty();
  }
}
