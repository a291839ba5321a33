package dev.surveyor.view;

import dev.surveyor.cite.BibTeX;
import dev.surveyor.cite.Citation;
import dev.surveyor.cite.Citations;
import dev.surveyor.config.SurveyConfig;
import dev.surveyor.json.Json;
import dev.surveyor.link.Urls;
import dev.surveyor.model.ListingDate;
import dev.surveyor.model.Paper;
import dev.surveyor.text.ShownLinks;
import dev.surveyor.view.Views.CitationBlock;
import dev.surveyor.view.Views.FindLink;
import dev.surveyor.view.Views.FindLinks;
import dev.surveyor.view.Views.MetaTag;
import dev.surveyor.view.Views.PaperHead;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What scholarly tools read on a paper page: the BibTeX entry, Google Scholar's {@code citation_*}
 * meta tags and a JSON-LD {@code ScholarlyArticle}. All three say only what the citation holds, so
 * a year assumed from the capture year appears in none of them.
 */
final class ScholarViews {
  private static final String COPY_SCRIPT = "assets/copy.js";

  private final Citations citations;
  private final SurveyConfig config;

  ScholarViews(ViewContext context, Citations citations) {
    this.citations = citations;
    this.config = context.survey.content().config();
  }

  CitationBlock citation(Paper paper, String from) {
    Citation c = citations.of(paper);
    return new CitationBlock(
        c.key(),
        BibTeX.entry(c),
        gaps(paper, c),
        // a title-only entry copied as it stands cites nothing a reader can find
        c.authors().isEmpty() && c.year() == null
            ? "Only the title is known: add the authors and the year before citing."
            : "",
        Urls.relative(from, Urls.SURVEY_BIB),
        Urls.relative(from, COPY_SCRIPT),
        c.titleOnly() ? lookups(c) : List.of());
  }

  /**
   * Where a title-only paper's full entry is found: title searches on services that export BibTeX
   * with authors and year (reader20: a researcher wants the real entry, not the stub).
   */
  private static List<FindLink> lookups(Citation c) {
    String title = URLEncoder.encode(c.title(), StandardCharsets.UTF_8);
    String quoted = URLEncoder.encode("\"" + c.title() + "\"", StandardCharsets.UTF_8);
    return List.of(
        new FindLink("dblp", "https://dblp.org/search?q=" + title),
        new FindLink("Semantic Scholar", "https://www.semanticscholar.org/search?q=" + title),
        new FindLink("Google Scholar", "https://scholar.google.com/scholar?q=" + quoted));
  }

  /**
   * Where a reader can find the paper itself: its arXiv page when an arXiv id is known, else a
   * title search there, and title searches on Google Scholar and Semantic Scholar.
   */
  FindLinks find(Paper paper) {
    Citation c = citations.of(paper);
    String title = URLEncoder.encode(c.title(), StandardCharsets.UTF_8);
    String quoted = URLEncoder.encode("\"" + c.title() + "\"", StandardCharsets.UTF_8);
    List<FindLink> searches = new ArrayList<>();
    if (c.arxivId() == null) {
      searches.add(
          new FindLink("arXiv", "https://arxiv.org/search/?searchtype=title&query=" + title));
    }
    searches.add(new FindLink("Google Scholar", "https://scholar.google.com/scholar?q=" + quoted));
    searches.add(
        new FindLink("Semantic Scholar", "https://www.semanticscholar.org/search?q=" + title));
    FindLink page =
        c.arxivId() != null
            ? new FindLink("arXiv " + c.arxivId(), c.arxivAbsUrl())
            : c.paperUrl() != null ? new FindLink(host(c.paperUrl()), c.paperUrl()) : null;
    return new FindLinks(page, searches);
  }

  /** The host a link goes to, without "www.": what "Read it on …" names. */
  private static String host(String url) {
    try {
      String host = new java.net.URI(url).getHost();
      if (host != null) {
        return host.startsWith("www.") ? host.substring(4) : host;
      }
    } catch (java.net.URISyntaxException e) {
      // a collection's link the URI parser refuses still goes where it says
    }
    return "its own page";
  }

  /** What the entry lacks, said plainly, so a reader knows it was not forgotten. */
  private static List<String> gaps(Paper paper, Citation c) {
    List<String> gaps = new ArrayList<>();
    if (c.authors().isEmpty()) {
      // How many authors a listing counted says nothing a reader can cite or look up.
      gaps.add("No source names the authors, so the entry has no author field.");
    }
    if (c.year() == null) {
      ListingDate date = paper.date();
      gaps.add(
          date == null
              ? "No source gives a date, so the entry has no year."
              : date.year() == null
                  ? "The listing printed \u201c"
                      + date.printed()
                      + "\u201d without a year, so the entry has none."
                  : "The listing printed \u201c"
                      + date.printed()
                      + "\u201d without a year; the site dates it "
                      + date.shown()
                      + ", its year the capture year, which the entry leaves out.");
    }
    return gaps;
  }

  /**
   * @param shownAbstract the abstract as the page shows it: links repaired, never through a
   *     captured mirror host ({@link ShownLinks#plain})
   */
  PaperHead head(Paper paper, String shownAbstract) {
    Citation c = citations.of(paper);
    List<MetaTag> meta = new ArrayList<>();
    meta.add(new MetaTag("citation_title", c.title()));
    // Names only as a source gave them, never a count or a placeholder. Google Scholar's inclusion
    // guidelines require citation_title, citation_author and citation_publication_date together,
    // so a page without names is not indexed as the paper (right: the paper is elsewhere), while
    // reference managers (Zotero) still take the title, date and PDF from these tags.
    c.authors().forEach(a -> meta.add(new MetaTag("citation_author", a)));
    String date = publicationDate(paper, c);
    if (date != null) {
      meta.add(new MetaTag("citation_publication_date", date.replace('-', '/')));
    }
    if (c.venue() != null) {
      meta.add(new MetaTag("citation_journal_title", c.venue()));
    }
    if (c.arxivId() != null) {
      meta.add(new MetaTag("citation_abstract_html_url", c.arxivAbsUrl()));
      meta.add(new MetaTag("citation_pdf_url", c.arxivPdfUrl()));
    } else if (c.paperUrl() != null) {
      meta.add(new MetaTag("citation_abstract_html_url", c.paperUrl()));
    }
    return new PaperHead(meta, jsonLd(shownAbstract, c, date));
  }

  /** The printed date: a full ISO date when the listing printed day, month and year. */
  private static String publicationDate(Paper paper, Citation c) {
    if (c.year() == null) {
      return null;
    }
    // A year a collection states has no day; a listing's date counts only when it printed a year.
    ListingDate date = paper.date();
    String iso = date != null && date.yearPrinted() ? date.iso() : null;
    return iso != null ? iso : String.valueOf(c.year());
  }

  private String jsonLd(String shownAbstract, Citation c, String date) {
    Map<String, Object> article = new LinkedHashMap<>();
    article.put("@context", "https://schema.org");
    article.put("@type", "ScholarlyArticle");
    article.put("name", c.title());
    article.put("headline", c.title());
    article.put("abstract", shownAbstract);
    if (!c.authors().isEmpty()) {
      article.put(
          "author", c.authors().stream().map(a -> ordered("@type", "Person", "name", a)).toList());
    }
    if (date != null) {
      article.put("datePublished", date);
    }
    if (c.pageUrl() != null) {
      article.put("url", c.pageUrl());
    }
    if (c.readUrl() != null) {
      article.put("sameAs", c.readUrl());
    }
    if (c.arxivId() != null) {
      article.put(
          "identifier",
          ordered("@type", "PropertyValue", "propertyID", "arXiv", "value", c.arxivId()));
    }
    Map<String, Object> survey = ordered("@type", "WebSite", "name", config.title());
    if (config.hasBaseUrl()) {
      survey.put("url", config.baseUrl());
    }
    article.put("isPartOf", survey);
    return Json.scriptLine(article);
  }

  /** A map that keeps its keys in the order given, so the JSON is the same on every build. */
  private static Map<String, Object> ordered(String... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
