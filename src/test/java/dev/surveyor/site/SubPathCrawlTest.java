package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.RealBuild;
import dev.surveyor.support.SiteCrawler;
import dev.surveyor.support.SiteServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The real survey served under /survey/, as on GitHub Pages, and crawled link by link from home.
 */
class SubPathCrawlTest {
  @Test
  void everyPageIsReachableFromHomeAndEveryLinkAndAnchorWorks() {
    try (SiteServer server = SiteServer.start(RealBuild.out(), "/survey/")) {
      SiteCrawler crawl = SiteCrawler.crawl(server.url(""), server.url(""));
      System.out.printf(
          "crawled under /survey/: %d pages, %d URLs fetched, %d problems%n",
          crawl.pages().size(), crawl.fetched(), crawl.problems().size());
      assertEquals(List.of(), crawl.problems());

      Set<String> expected = new TreeSet<>(RealBuild.site().pages());
      expected.remove("404.html"); // served for missing addresses, linked from nowhere
      assertEquals(expected, crawl.pages(), "pages on disk and pages reached from home");
    }
  }

  @Test
  void aMissingAddressGetsThe404PageWithItsStatus() throws Exception {
    try (SiteServer server = SiteServer.start(RealBuild.out(), "/survey/")) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(server.url("papers/no-such-paper.html")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(404, response.statusCode());
      assertTrue(response.body().contains("<h1>Page not found</h1>"), response.body());
    }
  }
}
