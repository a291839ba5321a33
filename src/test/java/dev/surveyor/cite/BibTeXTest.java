package dev.surveyor.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.Bib;
import java.util.List;
import org.jbibtex.BibTeXEntry;
import org.junit.jupiter.api.Test;

/** Entries are parsed back with jbibtex and printed as LaTeX would print them. */
class BibTeXTest {
  private static final String SURVEY = "A Survey";

  private static Citation bare(String key, String title) {
    return new Citation(
        key, key, title, List.of(), false, null, null, null, null, null, SURVEY, null, "");
  }

  private static BibTeXEntry only(String bib) {
    List<BibTeXEntry> entries = Bib.parse(bib);
    assertEquals(1, entries.size(), bib);
    return entries.get(0);
  }

  /**
   * Reader20: a title-only entry is led by a comment saying what it lacks and where it was listed;
   * BibTeX and jbibtex skip it, so the entry still parses alone. An entry with more has none.
   */
  @Test
  void aTitleOnlyEntrySaysSoInACommentBibTeXSkips() {
    Citation stub =
        new Citation(
            "stub",
            "stub",
            "A Title",
            List.of(),
            false,
            null,
            null,
            null,
            null,
            null,
            SURVEY,
            null,
            "Daily {Papers}, captured 2025");
    String bib = BibTeX.entry(stub);
    assertEquals(
        "@comment{Title only: its listing (Daily (Papers), captured 2025) gives no authors, year or link for the"
            + " entry below. Look the paper up by its title (dblp, Semantic Scholar) before citing"
            + " it.}\n@misc{stub,\n  title = {{A Title}}\n}\n",
        bib);
    assertEquals("A Title", Bib.printed(only(bib), "title"));
    Citation dated =
        new Citation(
            "dated",
            "dated",
            "A Title",
            List.of(),
            false,
            2024,
            null,
            null,
            null,
            null,
            SURVEY,
            null,
            "Daily Papers");
    assertEquals("@misc{dated,\n  title = {{A Title}},\n  year = {2024}\n}\n", BibTeX.entry(dated));
  }

  @Test
  void everySpecialCharacterPrintsAsItWasWritten() {
    String title = "100% {Braces} & #tags_under ~tilde ^caret $dollar \\back{slash} — π, é";
    BibTeXEntry entry = only(BibTeX.entry(bare("special", title)));
    assertEquals(title, Bib.printed(entry, "title"));
    assertEquals("misc", entry.getType().getValue());
  }

  @Test
  void unicodeStaysUtf8() {
    // jbibtex's LaTeX reader stops at CJK, so this one is checked on the raw field.
    BibTeXEntry entry = only(BibTeX.entry(bare("cjk", "大规模 Models — π")));
    assertEquals("{大规模 Models — π}", Bib.raw(entry, "title"));
  }

  @Test
  void unbalancedBracesCannotBreakTheEntry() {
    String title = "Closing } early and { opening late";
    String bib = BibTeX.entry(bare("braces", title)) + BibTeX.entry(bare("next", "Next"));
    List<BibTeXEntry> entries = Bib.parse(bib);
    assertEquals(2, entries.size());
    assertEquals(title, Bib.printed(entries.get(0), "title"));
  }

  @Test
  void titlesKeepLatexTypographyForDashesAndQuotes() {
    String title = "From Informal to Formal -- A Pretrainer's Guide";
    BibTeXEntry entry = only(BibTeX.entry(bare("dash", title)));
    assertEquals(
        "From Informal to Formal \u2013 A Pretrainer\u2019s Guide", Bib.printed(entry, "title"));
  }

  @Test
  void aMinimalEntryHasOnlyItsTitle() {
    // after the comment that says it is a stub (aTitleOnlyEntrySaysSoInACommentBibTeXSkips)
    assertTrue(
        BibTeX.entry(bare("masked", "Masked Thought"))
            .endsWith("}\n@misc{masked,\n  title = {{Masked Thought}}\n}\n"));
  }

  @Test
  void everyKnownFieldIsWrittenAndParses() {
    Citation c =
        new Citation(
            "lovelace2024notes",
            "notes",
            "Notes on the Engine",
            List.of("Ada Lovelace", "Barnes and Noble Research", "Charles Babbage"),
            false,
            2024,
            8,
            "Journal of Engines & Co",
            "2401.01234",
            "https://example.org/s/papers/notes.html",
            "Survey_One",
            null,
            "");
    BibTeXEntry entry = only(BibTeX.entry(c));
    assertEquals("article", entry.getType().getValue());
    assertEquals(
        "Ada Lovelace and {Barnes and Noble Research} and Charles Babbage",
        Bib.raw(entry, "author"));
    assertEquals("Journal of Engines & Co", Bib.printed(entry, "journal"));
    assertEquals("2024", Bib.raw(entry, "year"));
    assertEquals("August", Bib.raw(entry, "month")); // the standard macro "aug", resolved
    assertEquals("2401.01234", Bib.raw(entry, "eprint"));
    assertEquals("arXiv", Bib.raw(entry, "archiveprefix"));
    assertEquals("https://arxiv.org/abs/2401.01234", Bib.raw(entry, "url"));
    assertEquals(
        "Listed in Survey_One: https://example.org/s/papers/notes.html",
        Bib.printed(entry, "note"));
  }

  @Test
  void aFileStartsWithACommentAndParsesWhole() {
    String file =
        BibTeX.file("2 entries {of} a survey", List.of(bare("a", "First"), bare("b", "Second")));
    List<BibTeXEntry> entries = Bib.parse(file);
    assertEquals(List.of("a", "b"), entries.stream().map(e -> e.getKey().getValue()).toList());
    assertNull(Bib.raw(entries.get(0), "year"));
  }

  @Test
  void aListCutShortEndsWithOthers() {
    Citation c =
        new Citation(
            "aberdam2023clipter",
            "clipter",
            "CLIPTER",
            List.of("Aviad Aberdam"),
            true,
            2023,
            null,
            null,
            null,
            null,
            SURVEY,
            null,
            "");
    assertEquals("Aviad Aberdam and others", Bib.raw(only(BibTeX.entry(c)), "author"));
  }

  @Test
  void aPaperWithoutNamesHasNoAuthorAndNoCountInItsNote() {
    Citation c =
        new Citation(
            "masked2024thought",
            "masked",
            "Masked Thought",
            List.of(),
            false,
            2024,
            null,
            null,
            null,
            "https://example.org/s/papers/masked.html",
            SURVEY,
            null,
            "");
    BibTeXEntry entry = only(BibTeX.entry(c));
    assertNull(Bib.raw(entry, "author"));
    assertEquals(
        "Listed in " + SURVEY + ": https://example.org/s/papers/masked.html",
        Bib.printed(entry, "note"));
  }
}
