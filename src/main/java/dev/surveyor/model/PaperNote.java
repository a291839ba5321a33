package dev.surveyor.model;

import java.util.List;
import java.util.Objects;

/**
 * A curator's file for one paper, {@code content/papers/<slug>.md}: themes to add or remove (these
 * win over the rules) and a note shown on the paper page.
 */
public record PaperNote(
    String slug, List<String> addThemes, List<String> removeThemes, Markdown note) {

  public PaperNote {
    Objects.requireNonNull(slug, "slug");
    addThemes = List.copyOf(addThemes);
    removeThemes = List.copyOf(removeThemes);
    Objects.requireNonNull(note, "note");
  }
}
