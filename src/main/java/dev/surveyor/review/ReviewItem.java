package dev.surveyor.review;

import java.util.List;
import java.util.Objects;

/**
 * A paper the curator is asked about: its proposed themes (what the site shows now) and why it is
 * asked.
 *
 * @param themes the proposed theme slugs, in theme order
 * @param reason the themes in doubt, least sure first: "reasoning: rules 8 of 8.5"
 * @param margin how sure the tool is of the paper: the product of the margins of the themes still
 *     open (0 = a coin toss on one of them), so doubt on two themes ranks before doubt on one
 */
public record ReviewItem(
    String slug, String title, List<String> themes, String reason, double margin) {
  public ReviewItem {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    themes = List.copyOf(themes);
    Objects.requireNonNull(reason, "reason");
  }
}
