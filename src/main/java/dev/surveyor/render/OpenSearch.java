package dev.surveyor.render;

import dev.surveyor.link.Urls;
import dev.surveyor.view.export.Hosting;
import java.nio.charset.StandardCharsets;

/**
 * {@code opensearch.xml}, so a browser can add the survey's search ({@code search.html?q=…}).
 * Browsers require absolute URLs here, hence only with a base URL.
 */
final class OpenSearch {
  /** The specification's limit for ShortName. */
  static final int SHORT_NAME = 16;

  private OpenSearch() {}

  static OutputFile of(Hosting hosting) {
    String base = hosting.baseUrl();
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\">\n"
            + "  <ShortName>"
            + Xml.escape(shortName(hosting.title()))
            + "</ShortName>\n"
            + "  <Description>"
            + Xml.escape("Search " + hosting.title())
            + "</Description>\n"
            + "  <InputEncoding>UTF-8</InputEncoding>\n"
            + "  <Url type=\"text/html\" method=\"get\" template=\""
            + Xml.escape(base + Urls.SEARCH + "?q={searchTerms}")
            + "\"/>\n"
            + "  <Url type=\"application/opensearchdescription+xml\" rel=\"self\" template=\""
            + Xml.escape(base + Urls.OPENSEARCH)
            + "\"/>\n"
            + "</OpenSearchDescription>\n";
    return new OutputFile(Urls.OPENSEARCH, xml.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The title cut to whole words within the limit ("Fine-Tuning LLMs — a Survey" → "Fine-Tuning
   * LLMs").
   */
  static String shortName(String title) {
    String t = title.strip();
    if (t.length() <= SHORT_NAME) {
      return t;
    }
    int cut = t.lastIndexOf(' ', SHORT_NAME);
    String head = cut > 0 ? t.substring(0, cut) : t.substring(0, SHORT_NAME);
    return head.replaceAll("[\\s\\p{Pd}:,;·|]+$", "");
  }
}
