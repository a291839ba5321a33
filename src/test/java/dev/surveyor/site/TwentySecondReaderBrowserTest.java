package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader on a phone tripped over (reader22), in headless Chromium on the real survey: the
 * map's 469 points drawn 9 px across and 4 px apart, closer than a finger is wide, now zoom in to
 * about a desktop's size in a frame the finger pans; a theme's contents hung each count after its
 * name's broken last line; headings left their last word alone on a line.
 */
class TwentySecondReaderBrowserTest extends RealSurveyInBrowser {
  private static final int PHONE = 390;

  @AfterEach
  void desktopAgain() {
    browser.viewport(1280, 900, false);
  }

  @Test
  void onAPhoneTheMapZoomsInSoItsPointsLieAFingertipApart() {
    browser.viewport(PHONE, 844, true);
    browser.open(server.url("map.html"));
    new Actions(browser.driver()).moveToLocation(0, 0).perform();
    String map = browser.driver().getCurrentUrl();
    assertEquals("Zoom in", zoomButton());
    double before = medianSpacing();
    assertTrue(before < 8, "the whole map's points are close: " + before);

    browser.script("document.querySelector('.map-zoom').click();");
    assertEquals("Whole map", zoomButton());
    double spacing = medianSpacing();
    double across =
        ((Number)
                browser.script(
                    "return document.querySelector('.map circle').getBoundingClientRect().width;"))
            .doubleValue();
    System.out.printf(
        "map at %d px, zoomed: points %.1f px across, %.1f px from their nearest (median; %.1f"
            + " whole)%n",
        PHONE, across, spacing, before);
    assertTrue(spacing >= 11, "zoomed, points lie " + spacing + " px apart (median)");
    assertTrue(across >= 11, "zoomed, points are " + across + " px across");
    assertEquals(
        List.of(true, false),
        browser.script(
            "const f = document.querySelector('.map-frame');"
                + "return [f.scrollWidth >= 3 * f.clientWidth - 2,"
                + " document.documentElement.scrollWidth > document.documentElement.clientWidth];"),
        "the frame pans, the page does not scroll sideways");

    // The first tap on a point shows its title under the frame; a second opens it.
    @SuppressWarnings("unchecked")
    List<Object> point =
        (List<Object>)
            browser.script(
                "const links = [...document.querySelectorAll('.map svg a')];"
                    + "for (let i = 20; i < links.length; i++) {"
                    + " const c = links[i].querySelector('circle');"
                    + " c.scrollIntoView({block: 'center', inline: 'center'});"
                    + " const r = c.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;"
                    + " const hit = document.elementFromPoint(x, y);"
                    + " if (hit && hit.closest('a') === links[i]) return [x, y, links[i].getAttribute('aria-label')]; }"
                    + "return [];");
    assertFalse(point.isEmpty(), "no point a finger reaches in the zoomed map");
    double x = ((Number) point.get(0)).doubleValue();
    double y = ((Number) point.get(1)).doubleValue();
    String title = (String) point.get(2);
    browser.tap(x, y);
    assertEquals(map, browser.driver().getCurrentUrl(), "the first tap stays on the map");
    assertEquals(
        List.of(title, true),
        browser.script(
            "const t = document.querySelector('.map-zoom-title');"
                + "return [t.textContent, t.checkVisibility()];"));
    browser.tap(x, y);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("/papers/"));
    assertEquals(title, browser.script("return document.querySelector('h1').textContent.trim()"));

    // "Whole map" fits it to the screen again, its title band as before.
    browser.open(server.url("map.html"));
    String whole = viewBox();
    browser.script("document.querySelector('.map-zoom').click();");
    browser.script("document.querySelector('.map-zoom').click();");
    assertEquals("Zoom in", zoomButton());
    assertEquals(whole, viewBox());
    assertTrue(medianSpacing() < 8);
    assertEquals(
        false,
        browser.script("return document.querySelector('.map-zoom-title').checkVisibility()"));
  }

  @Test
  void onADesktopTheMapOffersNoZoom() {
    browser.open(server.url("map.html"));
    assertEquals(
        List.of(false, false),
        browser.script(
            "return ['.map-zoom', '.map-zoom-title'].map(s => document.querySelector(s).checkVisibility());"));
  }

  /** In a column the row parts name and count, so the count shows no separating dot of a line. */
  @Test
  void onAPhoneEachGroupOfTheContentsIsARowWithItsCountAtTheRight() {
    browser.viewport(PHONE, 844, true);
    for (String page : List.of("themes/reasoning.html", "themes/other.html")) {
      browser.open(server.url(page));
      @SuppressWarnings("unchecked")
      List<String> off =
          (List<String>)
              browser.script(
                  "return [...document.querySelectorAll('.toc li')].map(li => {"
                      + " const row = li.getBoundingClientRect(), a = li.querySelector('a').getBoundingClientRect(),"
                      + " n = li.querySelector('.count').getBoundingClientRect();"
                      + " const shown = li.querySelector('.count').innerText;"
                      + " return Math.abs(n.right - row.right) > 1 || Math.abs(n.top - a.top) > 4 || row.height < 32"
                      + "  || !/^[0-9]/.test(shown)"
                      + "  ? li.textContent + ' ' + JSON.stringify([row.right, row.height, a.top, n.top, n.right]) : null;"
                      + "}).filter(x => x);");
      assertEquals(List.of(), off, page);
    }
  }

  @Test
  void aWrappedHeadingLeavesNoShortLastLine() {
    browser.viewport(PHONE, 844, true);
    for (String page : List.of("themes/reasoning.html", "themes/other.html", "papers.html")) {
      browser.open(server.url(page));
      // each wrapped heading's words (its count apart): the last line at least a third of the
      // longest; "Selecting and synthesising task / data" had 16%, "Learning from reasoning /
      // traces" 28%
      @SuppressWarnings("unchecked")
      List<String> short_ =
          (List<String>)
              browser.script(
                  "const out = [];"
                      + "for (const h of document.querySelectorAll('main h1, main h2, main h3')) {"
                      + " const t = [...h.childNodes].find(n => n.nodeType === 3 && n.textContent.trim());"
                      + " if (!t || !h.checkVisibility()) continue;"
                      + " const r = document.createRange(); r.selectNodeContents(t);"
                      + " const lines = [...r.getClientRects()].filter(x => x.width > 0);"
                      + " if (lines.length < 2) continue;"
                      + " const share = lines[lines.length - 1].width / Math.max(...lines.map(x => x.width));"
                      + " if (share < 1 / 3) out.push(t.textContent.trim() + ' ' + Math.round(share * 100) + '%'); }"
                      + "return out;");
      assertEquals(List.of(), short_, page);
    }
  }

  @Test
  void atADesktopNotesKeepTheAbstractsMeasureAndTheCuratorsNoteItsPadding() {
    browser.open(
        server.url("papers/language-models-show-human-like-content-effects-on-reasoning.html"));
    @SuppressWarnings("unchecked")
    List<Number> seen =
        (List<Number>)
            browser.script(
                "const w = e => e.getBoundingClientRect().width;"
                    + "const box = document.querySelector('.curator-note').getBoundingClientRect();"
                    + "const h = document.querySelector('.curator-note > h2').getBoundingClientRect();"
                    + "const last = document.querySelector('.curator-note').lastElementChild.getBoundingClientRect();"
                    + "return [w(document.querySelector('p.abstract')),"
                    + " Math.max(...[...document.querySelectorAll('main p.note, main .found, main .curator-note')]"
                    + "  .filter(e => e.checkVisibility()).map(w)),"
                    + " h.top - box.top, box.bottom - last.bottom];");
    double measure = seen.get(0).doubleValue();
    // "Where it was found" ran 1,000 px at 1280; the note's heading sat 43 px down, its text 16 up
    assertTrue(seen.get(1).doubleValue() <= measure + 1, "wider than the abstract: " + seen);
    assertTrue(
        Math.abs(seen.get(2).doubleValue() - seen.get(3).doubleValue()) <= 4,
        "the curator's note's top and bottom: " + seen);
    browser.open(server.url("map.html"));
    assertTrue(
        (Boolean)
            browser.script(
                "return document.getElementById('map-caption').getBoundingClientRect().width"
                    + " <= 44 * parseFloat(getComputedStyle(document.documentElement).fontSize) + 1;"),
        "the map's caption runs past the prose's measure");
  }

  private static String zoomButton() {
    return (String)
        browser.script(
            "const b = document.querySelector('.map-zoom');"
                + "return b.checkVisibility() ? b.textContent : 'hidden';");
  }

  private static String viewBox() {
    return (String)
        browser.script("return document.querySelector('.map svg').getAttribute('viewBox');");
  }

  /** The median distance, in CSS px, from a map point's centre to its nearest neighbour's. */
  private static double medianSpacing() {
    return ((Number)
            browser.script(
                "const c = [...document.querySelectorAll('.map circle')].map(e => {"
                    + " const b = e.getBoundingClientRect(); return [b.left + b.width / 2, b.top + b.height / 2]; });"
                    + "const d = c.map((p, i) => Math.min(...c.map((q, j) => i === j ? 1e9"
                    + " : Math.hypot(p[0] - q[0], p[1] - q[1])))).sort((a, b) => a - b);"
                    + "return d[Math.floor(d.length / 2)];"))
        .doubleValue();
  }
}
