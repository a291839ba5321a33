package dev.surveyor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.view.Views.Heading;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageSectionsTest {
  @Test
  void sectionsGetAnchorsAndAContentsListAndSubSectionsFoldUntilTheNextHeading() {
    PageSections page =
        PageSections.of(
            """
            <p>Lead.</p>
            <h2>Collecting papers</h2>
            <p>One.</p>
            <h3>How the <em>text</em> is mended</h3>
            <p>Two.</p>
            <h3>Counted</h3>
            <p>Three.</p>
            <h2>Sub-topics &amp; groups</h2>
            <p>Four.</p>
            <h2>Main</h2>
            <h3>Last</h3>
            <p>Five.</p>
            """);
    assertEquals(
        List.of(
            new Heading("collecting-papers", "Collecting papers"),
            new Heading("sub-topics-groups", "Sub-topics &amp; groups"),
            // the layout's <main id="main"> is not repeated
            new Heading("main-2", "Main")),
        page.contents());
    assertEquals(
        """
        <p>Lead.</p>
        <h2 id="collecting-papers">Collecting papers</h2>
        <p>One.</p>
        <details class="page-fold print-open"><summary><h3 id="how-the-text-is-mended">How the \
        <em>text</em> is mended</h3></summary>
        <p>Two.</p>
        </details>
        <details class="page-fold print-open"><summary><h3 id="counted">Counted</h3></summary>
        <p>Three.</p>
        </details>
        <h2 id="sub-topics-groups">Sub-topics &amp; groups</h2>
        <p>Four.</p>
        <h2 id="main-2">Main</h2>
        <details class="page-fold print-open"><summary><h3 id="last">Last</h3></summary>
        <p>Five.</p>
        </details>
        """,
        page.html());
    assertTrue(page.folds());
  }

  @Test
  void aPageOfFewSectionsListsNoneAndAPageWithoutSubSectionsFoldsNothing() {
    PageSections page =
        PageSections.of("<h2>About</h2>\n<p>Text.</p>\n<h2>About</h2>\n<p>More.</p>\n");
    assertEquals(List.of(), page.contents());
    assertEquals(
        "<h2 id=\"about\">About</h2>\n<p>Text.</p>\n<h2 id=\"about-2\">About</h2>\n<p>More.</p>\n",
        page.html());
    assertFalse(page.folds());
    assertEquals("section", PageSections.slug("¿?"));
  }
}
