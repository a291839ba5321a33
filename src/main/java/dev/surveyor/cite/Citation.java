package dev.surveyor.cite;

import java.util.List;
import java.util.Objects;

/**
 * What the sources say about how to cite one paper, and nothing more: every field but the key and
 * title is null (or empty) when no source printed it.
 *
 * @param key the unique citation key (see {@link CitationKeys})
 * @param slug the paper it cites
 * @param authors full names as a source gave them; empty when none did (a count of authors is not a
 *     name, so it is never cited)
 * @param year the year a listing printed; a year assumed from the capture year is not cited
 * @param month 1 to 12, given only together with a printed year
 * @param venue where the paper appeared, when a source names it
 * @param arxivId an arXiv identifier without version, from a link to arXiv
 * @param pageUrl the absolute URL of the survey's page for the paper; null without a base URL
 * @param moreAuthors the source cut the list short ("et al."): BibTeX ends it with "and others"
 * @param paperUrl the paper's own page a curator gave (not its arXiv page); null when none
 * @param surveyTitle the survey that lists the paper, named in the note with the page URL
 * @param listedBy the listings the paper was read from, as a reader knows them ("Hugging Face Daily
 *     Papers, captured 2025"); "" when the survey does not name them
 */
public record Citation(
    String key,
    String slug,
    String title,
    List<String> authors,
    boolean moreAuthors,
    Integer year,
    Integer month,
    String venue,
    String arxivId,
    String pageUrl,
    String surveyTitle,
    String paperUrl,
    String listedBy) {

  public Citation {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(surveyTitle, "surveyTitle");
    authors = List.copyOf(authors);
    listedBy = listedBy == null ? "" : listedBy;
    if (month != null && year == null) {
      throw new IllegalArgumentException("a month is only cited with its year: " + slug);
    }
  }

  /**
   * Whether the sources give nothing to cite but the title: no author, year, venue or link. Such an
   * entry is a stub a reader must complete, and says so (reader20: 430 of 469 papers here).
   */
  public boolean titleOnly() {
    return authors.isEmpty()
        && year == null
        && venue == null
        && arxivId == null
        && paperUrl == null;
  }

  /** Where the paper itself is read: its arXiv page, else its own page; null when unknown. */
  public String readUrl() {
    return arxivId != null ? arxivAbsUrl() : paperUrl;
  }

  /** The arXiv abstract page, or null. */
  public String arxivAbsUrl() {
    return arxivId == null ? null : "https://arxiv.org/abs/" + arxivId;
  }

  /** The arXiv PDF, or null. */
  public String arxivPdfUrl() {
    return arxivId == null ? null : "https://arxiv.org/pdf/" + arxivId;
  }
}
