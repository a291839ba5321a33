package dev.surveyor.render;

import dev.surveyor.link.Urls;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code sitemap.xml}: every HTML page but the 404 page, in path order. No {@code lastmod}: the
 * build reads no clock, and a listing date says when a paper was listed, not when its page changed.
 */
final class Sitemap {
  private Sitemap() {}

  static OutputFile of(String baseUrl, List<String> paths) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    paths.stream()
        .filter(p -> p.endsWith(".html") && !p.equals(Urls.NOT_FOUND))
        .sorted()
        .forEach(
            p ->
                xml.append("  <url><loc>")
                    .append(Xml.escape(Urls.absolute(baseUrl, p)))
                    .append("</loc></url>\n"));
    xml.append("</urlset>\n");
    return new OutputFile(Urls.SITEMAP, xml.toString().getBytes(StandardCharsets.UTF_8));
  }
}
