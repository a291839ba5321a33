package dev.surveyor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sitemap.xml lists every page a reader may land on, and nothing else. */
class SitemapTest {
  @Test
  void everyHtmlPageButThe404InPathOrderUnderTheBaseUrl() {
    OutputFile sitemap =
        Sitemap.of(
            "https://example.org/survey/",
            List.of(
                "themes/peft.html",
                "data/papers.json",
                "404.html",
                "index.html",
                "papers/a&b.html",
                "assets/style.css",
                "feed.xml",
                "papers.html"));
    assertEquals("sitemap.xml", sitemap.path());
    assertEquals(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc>https://example.org/survey/</loc></url>
          <url><loc>https://example.org/survey/papers.html</loc></url>
          <url><loc>https://example.org/survey/papers/a&amp;b.html</loc></url>
          <url><loc>https://example.org/survey/themes/peft.html</loc></url>
        </urlset>
        """,
        new String(sitemap.bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void aSiteWithNoPagesHasAnEmptyUrlSet() {
    assertEquals(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        </urlset>
        """,
        new String(
            Sitemap.of("https://example.org/", List.of("404.html")).bytes(),
            StandardCharsets.UTF_8));
  }
}
