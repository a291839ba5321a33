package dev.surveyor.model;

import java.util.Objects;

/**
 * A theme of the survey, from one file in {@code content/themes/}.
 *
 * @param digest a one-line summary for lists
 * @param intro the curated introduction, as Markdown
 */
public record Theme(
    String slug,
    String name,
    int order,
    String digest,
    ThemeRules rules,
    Markdown intro) {

  public Theme {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    digest = digest == null ? "" : digest;
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(intro, "intro");
  }
}
