package dev.surveyor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.model.Layout;
import dev.surveyor.model.LineAccount;
import dev.surveyor.model.LineRole;
import dev.surveyor.model.NamedLink;
import dev.surveyor.model.Occurrence;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.model.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Lines: one paper per line; a bad line is reported where it breaks and the rest is read. */
class JsonLinesFormatTest {
  private static final JsonLinesFormat FORMAT = new JsonLinesFormat();

  private static SourceText source(String file, String text) {
    return TextDecoder.decode(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static ParsedListing parse(String text) {
    return FORMAT.parse(source("sources/fresh.jsonl", text)).listing();
  }

  private static List<String> roles(ParsedListing listing) {
    return listing.lines().stream()
        .map(
            l ->
                l.role().label()
                    + (l.reason() == null || l.reason().isEmpty() ? "" : " (" + l.reason() + ")"))
        .toList();
  }

  @Test
  void readsEachLineAsAPaper() {
    ParsedListing listing =
        parse(
            """
            {"title": "Multi-Task GRPO: Reliable  LLM Reasoning", "abstract": "We train with GRPO across tasks.", "authors": ["Ada Lovelace", "Alan Turing"], "date": "2026-02-03", "arxiv_id": "2602.01234", "url": "https://arxiv.org/abs/2602.01234", "source": "owner/repo@abc:data.jsonl"}

            {"title": "Adapters for Dialogue", "abstract": "We add adapters.", "authors": "Grace Hopper, Edsger Dijkstra", "date": "2024-05", "arxiv_id": null, "url": "https://aclanthology.org/2024.acl-long.1/"}
            """);
    assertEquals(Layout.JSON_LINES, listing.layout());
    assertEquals(List.of("title", "blank", "title"), roles(listing));
    assertEquals(List.of(), listing.diagnostics());
    Occurrence first = listing.records().get(0);
    assertEquals("Multi-Task GRPO: Reliable LLM Reasoning", first.title());
    assertEquals("We train with GRPO across tasks.", first.abstractText());
    assertEquals(1, first.provenance().line());
    assertEquals(List.of("Ada Lovelace", "Alan Turing"), first.details().authors());
    assertEquals("2026-02-03", first.date().iso());
    assertTrue(first.date().yearPrinted());
    assertEquals(
        List.of(new NamedLink("Link", "https://arxiv.org/abs/2602.01234")),
        first.details().links(),
        "the url is the arXiv page already; no second link");
    Occurrence second = listing.records().get(1);
    assertEquals(3, second.provenance().line());
    assertEquals(List.of("Grace Hopper", "Edsger Dijkstra"), second.details().authors());
    assertNull(second.date(), "a month is not a date to sort by");
    assertEquals(2024, second.details().year());
    assertEquals(
        List.of(new NamedLink("Link", "https://aclanthology.org/2024.acl-long.1/")),
        second.details().links());
  }

  @Test
  void anArxivIdWithoutAnArxivUrlGetsItsPage() {
    ParsedListing listing =
        parse("{\"title\": \"T\", \"abstract\": \"A.\", \"arxiv_id\": \"2503.11807\"}\n");
    assertEquals(
        List.of(new NamedLink("arXiv", "https://arxiv.org/abs/2503.11807")),
        listing.records().get(0).details().links());
  }

  @Test
  void aBadLineIsRejectedAtItsColumnAndTheRestIsRead() {
    ParsedListing listing =
        parse(
            """
            {"title": "Good One", "abstract": "Fine."}
            {"title": "Cut Short", "abstract": "The export stopped mid-
            [1, 2, 3]
            {"abstract": "No title here."}
            {"title": 42, "abstract": "A number for a title."}
            {"title": "Two", "abstract": "Objects."} {"title": "On one line"}
            {"title": "Good Two", "abstract": "Also fine.", "date": "March 2025", "authors": [1, 2]}
            """);
    assertEquals(
        List.of("Good One", "Good Two"),
        listing.records().stream().map(Occurrence::title).toList());
    assertEquals(
        List.of(
            "title",
            "rejected (not valid JSON: Unexpected end-of-input: was expecting closing quote for a"
                + " string value)",
            "rejected (not a JSON object)",
            "rejected (a paper needs a title)",
            "rejected ('title' must be a string)",
            "rejected (more after the object: one paper per line)",
            "title"),
        roles(listing));
    assertEquals(
        List.of(
            "sources/fresh.jsonl:2:60: warning: not valid JSON: Unexpected end-of-input: was"
                + " expecting closing quote for a string value; line skipped",
            "sources/fresh.jsonl:3:1: warning: not a JSON object; line skipped",
            "sources/fresh.jsonl:4:1: warning: a paper needs a title; line skipped",
            "sources/fresh.jsonl:5:11: warning: 'title' must be a string; line skipped",
            "sources/fresh.jsonl:6:42: warning: more after the object: one paper per line; line"
                + " skipped",
            "sources/fresh.jsonl:7:57: warning: 'date' must be YYYY-MM-DD, YYYY-MM or YYYY;"
                + " ignored",
            "sources/fresh.jsonl:7:82: warning: 'authors' must be a list of names; ignored"),
        listing.diagnostics().stream()
            .sorted(Diagnostic.ORDER)
            .map(d -> d.format().lines().findFirst().orElseThrow())
            .toList());
  }

  @Test
  void everyLineIsAccountedFor() {
    ParsedListing listing = parse("\n{\"title\": \"T\", \"abstract\": \"A.\"}\nnot json\n\n");
    assertEquals(listing.lines().size(), source("x.jsonl", "\n{}\nnot json\n\n").lines().size());
    assertEquals(List.of(1, 2, 3, 4), listing.lines().stream().map(LineAccount::line).toList());
    assertEquals(1, listing.count(LineRole.REJECTED));
  }

  @Test
  void aFaultOnEveryLineIsShownTwentyTimesAndCountedWhole() {
    String lines = "{\"title\": \"T\", \"abstract\": \"A.\"}\n" + "oops\n".repeat(25);
    ParsedListing listing = parse(lines);
    assertEquals(25, listing.count(LineRole.REJECTED), "every bad line is in the report");
    assertEquals(21, listing.diagnostics().size());
    assertEquals(
        "sources/fresh.jsonl:22: warning: this and 4 more problems of lines not shown;"
            + " data/report.json lists every rejected line with its reason",
        listing.diagnostics().get(20).format().lines().findFirst().orElseThrow());
  }

  @Test
  void onlyJsonlFilesAreClaimed() {
    assertTrue(FORMAT.claims(source("sources/a.jsonl", "{}\n")));
    assertFalse(FORMAT.claims(source("sources/a.txt", "{}\n")));
    assertEquals(
        List.of(".jsonl", ".txt", ".md", ".markdown"),
        SourceFormats.suffixes(),
        "JSON Lines first, then the paper files and listings");
  }

  @Test
  void aFileOfNothingButBadLinesSaysSo() {
    ParsedListing listing = parse("oops\n");
    assertEquals(Layout.EMPTY, listing.layout());
    assertEquals(
        List.of(
            "sources/fresh.jsonl:1: warning: no paper read from this file",
            "sources/fresh.jsonl:1:5: warning: not valid JSON: Unrecognized token 'oops': was"
                + " expecting (JSON String, Number, Array, Object or token 'null', 'true' or"
                + " 'false'); line skipped"),
        listing.diagnostics().stream()
            .sorted(Diagnostic.ORDER)
            .map(d -> d.format().lines().findFirst().orElseThrow())
            .toList());
  }
}
