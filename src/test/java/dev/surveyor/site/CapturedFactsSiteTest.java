package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.support.RealBuild;
import dev.surveyor.support.SiteCheck;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, item 9's reader: paper pages showed no authors, no link and (381 of 469) no date, and
 * did not say why. Each page now says what the listings gave for it and what they did not.
 */
class CapturedFactsSiteTest {

  @Test
  void everyPaperPageSaysWhatTheListingsGaveAndWhatTheyDidNot() {
    SiteCheck site = RealBuild.site();
    Map<String, Integer> counts = new TreeMap<>();
    for (String path : site.pages()) {
      if (!path.startsWith("papers/") || path.startsWith("papers/page")) {
        continue;
      }
      String found = site.page(path).selectFirst("p.found").text();
      counts.merge("pages", 1, Integer::sum);
      counts.merge("no date", found.contains("; not its date,") ? 1 : 0, Integer::sum);
      counts.merge("author count", found.contains("number of authors (") ? 1 : 0, Integer::sum);
      counts.merge("upvotes", found.contains(" upvotes (") ? 1 : 0, Integer::sum);
      counts.merge(
          "no link", found.endsWith("a link to the paper's own page there.") ? 1 : 0, Integer::sum);
    }
    assertEquals(
        Map.of("pages", 469, "no date", 381, "author count", 83, "upvotes", 32, "no link", 469),
        counts);
  }

  @Test
  void aPaperTheSecondListingDescribesShowsItsAuthorCountAsACount() {
    String found =
        RealBuild.site()
            .page("papers/masked-thought-simply-masking-partial-reasoning-steps-can.html")
            .selectFirst("p.found")
            .text();
    assertEquals(
        "Listed by Hugging Face Daily Papers, in 4 of the 5 listings captured in 2025. The capture"
            + " gives its title, abstract, date and number of authors (9); not the authors' names"
            + " or a link to the paper's own page there.",
        found);
  }
}
