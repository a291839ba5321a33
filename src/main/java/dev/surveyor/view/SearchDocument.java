package dev.surveyor.view;

import java.util.List;
import java.util.Objects;

/**
 * One paper as the search page's script sees it: the text it searches and what a result shows.
 *
 * @param href the paper page, relative to the search page
 * @param themes slugs of the themes the paper belongs to; empty for "Other"
 * @param entities names of the methods, benchmarks and models it mentions, searched like themes
 * @param authors names a collection gives (listings give none), searched like themes
 * @param venue where the paper appeared, when a collection says
 * @param year the year when the full date is known, else null
 * @param date the date as a reader sees it, or null
 */
public record SearchDocument(
    String href,
    String title,
    String abstractText,
    List<String> themes,
    List<String> entities,
    List<String> authors,
    String venue,
    Integer year,
    String date,
    Integer upvotes) {

  public SearchDocument {
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(abstractText, "abstractText");
    themes = List.copyOf(themes);
    entities = List.copyOf(entities);
    authors = List.copyOf(authors);
  }
}
