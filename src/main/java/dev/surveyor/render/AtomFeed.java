package dev.surveyor.render;

import dev.surveyor.config.SurveyConfig;
import dev.surveyor.link.Urls;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Recency;
import dev.surveyor.model.Survey;
import dev.surveyor.model.Theme;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code feed.xml}: an Atom feed of the newest papers by listing date ({@code feed_size} of them),
 * the same order as the home page's "Recently dated". Each entry's {@code updated} is its listing
 * date at midnight UTC and the feed's is the newest of those, so no clock is read. A survey with no
 * dated paper gets a feed with no entries, dated by the epoch.
 */
final class AtomFeed {
  private static final String NO_DATE = "1970-01-01T00:00:00Z";

  private AtomFeed() {}

  static OutputFile of(Survey survey) {
    SurveyConfig config = survey.content().config();
    String base = config.baseUrl();
    List<Paper> newest =
        Recency.newestFirst(survey.papers()).stream().limit(config.feedSize()).toList();
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(Xml.escape(config.language()))
        .append("\">\n");
    element(xml, "  ", "title", config.title());
    if (!config.tagline().isEmpty()) {
      element(xml, "  ", "subtitle", config.tagline());
    }
    link(xml, "  ", "self", "application/atom+xml", base + Urls.FEED);
    link(xml, "  ", "alternate", "text/html", base);
    element(xml, "  ", "id", base + Urls.FEED);
    element(xml, "  ", "updated", newest.isEmpty() ? NO_DATE : timestamp(newest.get(0)));
    xml.append("  <author>\n");
    element(xml, "    ", "name", config.author().isEmpty() ? config.title() : config.author());
    xml.append("  </author>\n");
    element(xml, "  ", "generator", "Surveyor");
    for (Paper paper : newest) {
      String url = Urls.absolute(base, Urls.paper(paper.slug()));
      xml.append("  <entry>\n");
      element(xml, "    ", "title", paper.title());
      link(xml, "    ", "alternate", "text/html", url);
      element(xml, "    ", "id", url);
      element(xml, "    ", "updated", timestamp(paper));
      for (String slug : survey.themesOf(paper)) {
        Theme theme =
            survey.themes().stream().filter(t -> t.slug().equals(slug)).findFirst().orElseThrow();
        xml.append("    <category term=\"")
            .append(Xml.escape(slug))
            .append("\" label=\"")
            .append(Xml.escape(theme.name()))
            .append("\"/>\n");
      }
      element(xml, "    ", "summary", paper.abstractText());
      xml.append("  </entry>\n");
    }
    xml.append("</feed>\n");
    return new OutputFile(Urls.FEED, xml.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String timestamp(Paper paper) {
    return paper.date().iso() + "T00:00:00Z";
  }

  private static void element(StringBuilder xml, String indent, String name, String text) {
    xml.append(indent)
        .append('<')
        .append(name)
        .append('>')
        .append(Xml.escape(text))
        .append("</")
        .append(name)
        .append(">\n");
  }

  private static void link(StringBuilder xml, String indent, String rel, String type, String href) {
    xml.append(indent)
        .append("<link rel=\"")
        .append(rel)
        .append("\" type=\"")
        .append(type)
        .append("\" href=\"")
        .append(Xml.escape(href))
        .append("\"/>\n");
  }
}
