package dev.surveyor.view;

import java.util.List;

/**
 * Everything the search page searches, in the survey's paper order.
 *
 * @param themes every theme, in theme order, then "Other" for papers in none
 * @param papers one document per paper
 */
public record SearchIndex(List<SearchTheme> themes, List<SearchDocument> papers) {
  public SearchIndex {
    themes = List.copyOf(themes);
    papers = List.copyOf(papers);
  }

  /** A theme a result can show and the search can be narrowed to. */
  public record SearchTheme(String slug, String name, String href) {}
}
