package dev.surveyor.model;

import java.util.List;
import java.util.Objects;

/**
 * A theme of the survey, from one file in {@code content/themes/}.
 *
 * @param shortName the name where room is short (the navigation bar): "PEFT"; the name if not given
 * @param digest a one-line summary for lists
 * @param intro the curated introduction, as Markdown
 * @param pins sub-topics the curator named; the clustering seeds them and keeps their names
 */
public record Theme(
    String slug,
    String name,
    String shortName,
    int order,
    String digest,
    ThemeRules rules,
    Markdown intro,
    List<SubtopicPin> pins) {

  public Theme {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    shortName = shortName == null || shortName.isBlank() ? name : shortName;
    digest = digest == null ? "" : digest;
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(intro, "intro");
    pins = List.copyOf(pins);
  }

  /** The same theme with another introduction: an edit of the file below its front matter. */
  public Theme withIntro(Markdown newIntro) {
    return new Theme(slug, name, shortName, order, digest, rules, newIntro, pins);
  }
}
