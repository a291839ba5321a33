package dev.surveyor.model;

import java.util.List;

/**
 * What a curated collection states about a paper beyond its title and abstract. Listings state none
 * of it, so every field is optional: lists may be empty and the rest null.
 *
 * @param authors author names in the order given
 * @param moreAuthors whether the source cut the list short ("et al.")
 * @param year the publication year the source states
 * @param venue where it appeared ("Arxiv", "EMNLP 2021")
 * @param tags the source's own labels, kept as metadata; themes are still Surveyor's
 * @param links links the source gives, http(s) only
 */
public record PaperDetails(
    List<String> authors,
    boolean moreAuthors,
    Integer year,
    String venue,
    List<String> tags,
    List<NamedLink> links) {

  private static final PaperDetails NONE =
      new PaperDetails(List.of(), false, null, null, List.of(), List.of());

  public PaperDetails {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    links = List.copyOf(links);
  }

  /** Nothing stated, as for a listing record. */
  public static PaperDetails none() {
    return NONE;
  }

  public boolean isEmpty() {
    return equals(NONE);
  }

  /** "A, B and C", or "A, B et al." when the list was cut short; "" when there are none. */
  public String authorLine() {
    if (authors.isEmpty()) {
      return "";
    }
    if (moreAuthors) {
      return String.join(", ", authors) + " et al.";
    }
    if (authors.size() == 1) {
      return authors.get(0);
    }
    return String.join(", ", authors.subList(0, authors.size() - 1))
        + " and "
        + authors.get(authors.size() - 1);
  }
}
