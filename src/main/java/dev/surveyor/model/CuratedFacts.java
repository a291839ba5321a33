package dev.surveyor.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a curator states about a paper in its note where no source did: its authors, its own page,
 * its arXiv identifier, its year or full date. Each is optional; a curator's statement wins over a
 * source's, as a curated title does.
 *
 * @param authors author names in order; empty when the note names none
 * @param url the paper's own page (http or https); null when not given
 * @param arxiv an arXiv identifier without version ("2401.01234"); null when not given
 * @param year the publication year; null when not given (a date gives its own)
 * @param date the full date; null when not given
 */
public record CuratedFacts(
    List<String> authors, String url, String arxiv, Integer year, LocalDate date) {

  private static final CuratedFacts NONE = new CuratedFacts(List.of(), null, null, null, null);

  public CuratedFacts {
    authors = List.copyOf(authors);
  }

  public static CuratedFacts none() {
    return NONE;
  }

  public boolean isEmpty() {
    // field by field: a record's own equals is built at its first call, costly in a cold JVM
    return authors.isEmpty() && url == null && arxiv == null && year == null && date == null;
  }

  /** The arXiv abstract page of {@link #arxiv}, or null. */
  public String arxivUrl() {
    return arxiv == null ? null : "https://arxiv.org/abs/" + arxiv;
  }

  /**
   * The paper with these facts: the curator's authors replace a source's, the curator's links come
   * first (so the arXiv page a curator gives is the one cited), and a curated date replaces the
   * listing's, its year a stated one.
   */
  public Paper applyTo(Paper paper) {
    if (isEmpty()) {
      return paper;
    }
    PaperDetails d = paper.details();
    List<NamedLink> links = new ArrayList<>();
    if (arxiv != null) {
      links.add(new NamedLink("arXiv", arxivUrl()));
    }
    if (url != null && !url.equals(arxivUrl())) {
      links.add(new NamedLink("Paper", url));
    }
    for (NamedLink link : d.links()) {
      if (links.stream().noneMatch(l -> l.url().equals(link.url()))) {
        links.add(link);
      }
    }
    PaperDetails details =
        new PaperDetails(
            authors.isEmpty() ? d.authors() : authors,
            authors.isEmpty() && d.moreAuthors(),
            date != null ? Integer.valueOf(date.getYear()) : year != null ? year : d.year(),
            d.venue(),
            d.tags(),
            links);
    ListingDate listed =
        date == null
            ? paper.date()
            : new ListingDate(
                date.toString(), date.getMonthValue(), date.getDayOfMonth(), date.getYear(), true);
    return paper.withFacts(details, listed);
  }
}
