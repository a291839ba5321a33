package dev.surveyor.model;

import java.util.Objects;

/** A link a source gives for a paper ("Paper", "Code"), as opposed to one found in its text. */
public record NamedLink(String name, String url) {
  public NamedLink {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
  }
}
