package dev.surveyor.model;

import java.util.Objects;

/**
 * What the curator wrote for the page of papers in no theme ({@code other.md}): the line under its
 * heading and its introduction.
 *
 * @param digest one line for the page's lead, or null for the site's own
 * @param intro the introduction, blank when the survey has none
 */
public record OtherPage(String digest, Markdown intro) {
  /** No {@code other.md}: the site's lead and no introduction. */
  public static final OtherPage NONE =
      new OtherPage(null, new Markdown("", new Provenance("other.md", 1)));

  public OtherPage {
    Objects.requireNonNull(intro, "intro");
    digest = digest == null || digest.isBlank() ? null : digest.strip();
  }

  public OtherPage withIntro(Markdown changed) {
    return new OtherPage(digest, changed);
  }
}
