package dev.surveyor.model;

import java.util.Objects;

/** Curated Markdown with where it starts, so problems in it can name their line. */
public record Markdown(String text, Provenance start) {
  public Markdown {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(start, "start");
  }

  public boolean isBlank() {
    return text.isBlank();
  }
}
