package dev.surveyor.model;

import java.util.List;

/**
 * A group of papers inside a theme.
 *
 * @param label the curator's name for a pinned sub-topic, else the phrase that names it, else its
 *     distinctive terms (for curators: not a name to show readers)
 * @param named whether the label is a name: a curator's, or a phrase most of its papers write
 * @param terms the terms that set it apart from the rest of the theme, as readers wrote them
 * @param papers slugs, in the theme's order
 * @param counterparts named sub-topics on other pages about the same subject, closest first
 * @param nearest for a named group of the Other page with no counterpart, the theme's named
 *     sub-topic whose papers' texts are most like its own (a reader asks why its papers are not
 *     there); null otherwise
 */
public record Subtopic(
    String slug,
    String label,
    boolean pinned,
    boolean named,
    List<String> terms,
    List<String> papers,
    List<SubtopicCounterpart> counterparts,
    SubtopicCounterpart nearest) {
  /**
   * The heading the papers in no named group are listed under, on the page and in an introduction
   * that names some of them there.
   */
  public static final String UNGROUPED = "Not in a named group";

  public Subtopic {
    terms = List.copyOf(terms);
    papers = List.copyOf(papers);
    counterparts = List.copyOf(counterparts);
  }

  /**
   * A sub-topic whose counterparts are not known yet (they are found once all pages have theirs).
   */
  public Subtopic(
      String slug,
      String label,
      boolean pinned,
      boolean named,
      List<String> terms,
      List<String> papers) {
    this(slug, label, pinned, named, terms, papers, List.of(), null);
  }

  /** The same sub-topic with its counterparts, and its nearest theme group (or null). */
  public Subtopic withCounterparts(List<SubtopicCounterpart> found, SubtopicCounterpart near) {
    return new Subtopic(slug, label, pinned, named, terms, papers, found, near);
  }
}
