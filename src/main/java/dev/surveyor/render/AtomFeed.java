package dev.surveyor.render;

import dev.surveyor.link.Urls;
import dev.surveyor.view.export.Hosting;
import java.nio.charset.StandardCharsets;

/**
 * {@code feed.xml}: an Atom feed of the newest papers by listing date ({@code feed_size} of them),
 * the same order as the home page's "Recently dated". The feed's {@code updated} is the newest
 * listing date, so no clock is read. An entry whose listing printed its full date is {@code
 * published} and {@code updated} that day at midnight UTC; one whose year is only assumed claims no
 * day of its own and carries the feed's date ({@code updated} is required). A survey with no dated
 * paper gets a feed with no entries, dated by the epoch.
 */
final class AtomFeed {
  private AtomFeed() {}

  static OutputFile of(Hosting hosting) {
    Hosting.Feed feed = hosting.feed();
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(Xml.escape(hosting.language()))
        .append("\">\n");
    element(xml, "  ", "title", feed.title());
    if (!feed.subtitle().isEmpty()) {
      element(xml, "  ", "subtitle", feed.subtitle());
    }
    link(xml, "  ", "self", "application/atom+xml", feed.selfUrl());
    link(xml, "  ", "alternate", "text/html", feed.alternateUrl());
    element(xml, "  ", "id", feed.selfUrl());
    element(xml, "  ", "updated", feed.updated());
    xml.append("  <author>\n");
    element(xml, "    ", "name", feed.author());
    xml.append("  </author>\n");
    element(xml, "  ", "generator", "Surveyor");
    for (Hosting.Entry entry : feed.entries()) {
      xml.append("  <entry>\n");
      element(xml, "    ", "title", entry.title());
      link(xml, "    ", "alternate", "text/html", entry.url());
      element(xml, "    ", "id", entry.url());
      if (entry.published() != null) {
        element(xml, "    ", "published", entry.published());
      }
      element(xml, "    ", "updated", entry.updated());
      for (Hosting.Category category : entry.categories()) {
        xml.append("    <category term=\"")
            .append(Xml.escape(category.term()))
            .append("\" label=\"")
            .append(Xml.escape(category.label()))
            .append("\"/>\n");
      }
      element(xml, "    ", "summary", entry.summary());
      xml.append("  </entry>\n");
    }
    xml.append("</feed>\n");
    return new OutputFile(Urls.FEED, xml.toString().getBytes(StandardCharsets.UTF_8));
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
