package dev.surveyor.model;

import java.util.Objects;

/** A free page from {@code content/pages/<slug>.md}, such as About or Methodology. */
public record ExtraPage(String slug, String title, int order, Markdown body) {
  public ExtraPage {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
  }
}
