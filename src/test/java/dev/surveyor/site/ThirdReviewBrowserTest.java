package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The third reader's printouts (review 9) in headless Chromium on the real survey: links out of the
 * site print their address, the site's own links print their words, and nothing under the page's
 * address spills onto a blank last sheet (CorDA's printout had one).
 */
class ThirdReviewBrowserTest extends RealSurveyInBrowser {
  private static final String CORDA =
      "papers/corda-context-oriented-decomposition-adaptation-of-large.html";

  @Test
  void aPrintedPaperPageGivesTheAddressOfEachLinkOutAndEndsWithItsOwnAddress() {
    try {
      browser.viewport(800, 1000, false);
      browser.open(server.url(CORDA));
      browser.media("print");
      @SuppressWarnings("unchecked")
      Map<String, Object> printed =
          (Map<String, Object>)
              browser.script(
                  "const after = a => getComputedStyle(a, '::after').content;"
                      + "const out = [...document.querySelectorAll('.find a')];"
                      + "const own = [...document.querySelectorAll('main a[href]')]"
                      + "  .filter(a => !/^https?:/.test(a.getAttribute('href')));"
                      + "const address = document.querySelector('.page-address').getBoundingClientRect();"
                      + "return {out: out.map(a => [a.href, after(a)]),"
                      + " ownWithAddress: own.filter(a => after(a) !== 'none').length,"
                      + " own: own.length,"
                      + " below: document.documentElement.scrollHeight - (address.bottom + scrollY),"
                      + " padding: getComputedStyle(document.querySelector('main')).paddingBottom};");
      @SuppressWarnings("unchecked")
      List<List<String>> out = (List<List<String>>) printed.get("out");
      assertEquals(3, out.size(), printed.toString()); // arXiv, Google Scholar, Semantic Scholar
      for (List<String> link : out) {
        assertTrue(link.get(1).contains(link.get(0)), "prints its address: " + link);
      }
      assertTrue(((Number) printed.get("own")).intValue() > 5, printed.toString());
      assertEquals(0, ((Number) printed.get("ownWithAddress")).intValue(), printed.toString());
      // the page's address is the last thing printed, with no screen padding after it
      assertEquals("0px", printed.get("padding"));
      assertTrue(((Number) printed.get("below")).doubleValue() < 2, printed.toString());
    } finally {
      browser.media("");
    }
  }
}
