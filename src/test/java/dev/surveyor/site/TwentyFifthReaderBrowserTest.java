package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A fresh reader's findings (review20) in headless Chromium on the real survey: about five points
 * of the map were drawn across or outside its dashed frame (the outliers, and points on the fences'
 * edge, which the frame marked). Every point now lies inside the frame, on a desktop and on a
 * phone, the whole map and the zoomed one.
 */
class TwentyFifthReaderBrowserTest extends RealSurveyInBrowser {

  @Test
  void everyPointOfTheMapLiesInsideItsFrame() {
    for (int width : List.of(1280, 390)) {
      browser.viewport(width, width == 390 ? 844 : 900, width == 390);
      browser.open(server.url("map.html"));
      assertInside(width + " px");
      if (width == 390) {
        browser.script("document.querySelector('.map-zoom').click()");
        assertInside("390 px, zoomed in");
      }
    }
  }

  private static void assertInside(String where) {
    @SuppressWarnings("unchecked")
    Map<String, Object> seen =
        (Map<String, Object>)
            browser.script(
                "const f = document.querySelector('.map .map-border').getBoundingClientRect();"
                    + " const line = 1;" // the dashed line's half width, and rounding
                    + " const dots = [...document.querySelectorAll('.map circle')];"
                    + " const out = dots.filter(c => { const b = c.getBoundingClientRect();"
                    + "   return b.left < f.left + line || b.right > f.right - line"
                    + "     || b.top < f.top + line || b.bottom > f.bottom - line; })"
                    + "   .map(c => c.parentNode.getAttribute('aria-label'));"
                    + " const ringed = dots.filter(c => c.classList.contains('outlier')).length;"
                    + " return {dots: dots.length, ringed: ringed, out: out, width: f.width};");
    assertEquals(469L, ((Number) seen.get("dots")).longValue(), where);
    assertTrue(((Number) seen.get("ringed")).longValue() > 0, where + ": outliers still ringed");
    assertTrue(((Number) seen.get("width")).doubleValue() > 300, where + ": " + seen);
    assertEquals(List.of(), seen.get("out"), where + ": points across or outside the frame");
  }
}
