package dev.surveyor.model;

import java.util.List;
import java.util.Objects;

/**
 * A theme of the survey, from one file in {@code content/themes/}.
 *
 * @param digest a one-line summary for lists
 * @param intro the curated introduction, as Markdown
 * @param pins sub-topics the curator named; the clustering seeds them and keeps their names
 */
public record Theme(
    String slug,
    String name,
    int order,
    String digest,
    ThemeRules rules,
    Markdown intro,
    List<SubtopicPin> pins) {

  public Theme {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    digest = digest == null ? "" : digest;
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(intro, "intro");
    pins = List.copyOf(pins);
  }
}
