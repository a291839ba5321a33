package dev.surveyor.cite;

import dev.surveyor.config.SurveyConfig;
import dev.surveyor.link.Urls;
import dev.surveyor.model.ListingDate;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The citation of every paper in a survey, with keys unique across the survey. */
public final class Citations {
  /** The name {@link dev.surveyor.model.CuratedFacts} gives the paper's own page. */
  private static final String PAPER_LINK = "Paper";

  private final Map<String, Citation> bySlug;

  private Citations(Map<String, Citation> bySlug) {
    this.bySlug = bySlug;
  }

  public static Citations of(Survey survey) {
    SurveyConfig config = survey.content().config();
    List<Paper> papers = survey.papers();
    Map<String, String> keys =
        CitationKeys.assign(
            papers.stream()
                .map(p -> new CitationKeys.Parts(p.slug(), p.title(), authors(p), year(p)))
                .toList());
    String listedBy =
        config.sourceName().isEmpty()
            ? ""
            : config.sourceName()
                + (config.captured().isEmpty() ? "" : ", captured " + config.captured());
    Map<String, Citation> bySlug = new LinkedHashMap<>();
    for (Paper p : papers) {
      Integer printed = printedYear(p);
      bySlug.put(
          p.slug(),
          new Citation(
              keys.get(p.slug()),
              p.slug(),
              p.title(),
              authors(p),
              p.details().moreAuthors(),
              year(p),
              printed == null ? null : p.date().month(),
              p.details().venue(),
              ArxivId.find(links(p)).orElse(null),
              config.hasBaseUrl() ? Urls.absolute(config.baseUrl(), Urls.paper(p.slug())) : null,
              config.title(),
              paperUrl(p),
              listedBy));
    }
    return new Citations(bySlug);
  }

  public Citation of(Paper paper) {
    Citation c = bySlug.get(paper.slug());
    if (c == null) {
      throw new IllegalArgumentException("not a paper of this survey: " + paper.slug());
    }
    return c;
  }

  /** The citations of some papers, ordered by key as a bibliography file lists them. */
  public List<Citation> sorted(List<Paper> papers) {
    return papers.stream().map(this::of).sorted(Comparator.comparing(Citation::key)).toList();
  }

  /**
   * Links a curator or collection names for the paper ("arXiv", "Paper"), then links in the
   * abstract: the paper's own arXiv page wins over one its abstract cites.
   */
  private static List<String> links(Paper p) {
    List<String> links = new java.util.ArrayList<>();
    p.details().links().forEach(l -> links.add(l.url()));
    links.addAll(p.links());
    return links;
  }

  /** The paper's own page a curator gave ({@code url:} in its note), or null. */
  private static String paperUrl(Paper p) {
    return p.details().links().stream()
        .filter(l -> l.name().equals(PAPER_LINK))
        .map(l -> l.url())
        .findFirst()
        .orElse(null);
  }

  /**
   * The year a listing printed. A year filled in from {@code listing_year} is right for sorting the
   * site but is not a fact any source printed, so a citation leaves it out.
   */
  private static Integer printedYear(Paper p) {
    ListingDate date = p.date();
    return date != null && date.yearPrinted() ? date.year() : null;
  }

  /** The year printed in a listing, else the year a collection states for the paper. */
  private static Integer year(Paper p) {
    Integer printed = printedYear(p);
    return printed != null ? printed : p.details().year();
  }

  /**
   * Names of authors, as a collection gives them. The listings give only a count, so for them this
   * is empty; a list cut short ("et al.") keeps the names it has.
   */
  private static List<String> authors(Paper p) {
    return p.details().authors();
  }
}
