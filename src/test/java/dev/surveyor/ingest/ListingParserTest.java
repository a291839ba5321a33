package dev.surveyor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.model.Layout;
import dev.surveyor.model.LineAccount;
import dev.surveyor.model.LineRole;
import dev.surveyor.model.Occurrence;
import dev.surveyor.model.ParsedListing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingParserTest {
  private static final String ABSTRACT_A =
      "Large language models are good at many things. We study how they reason about"
          + " arithmetic when fine-tuned on short traces, and find that masking steps helps."
          + " Experiments on three benchmarks confirm the effect across model sizes and seeds."
          + " We release code and data.";
  private static final String ABSTRACT_B =
      "Instruction tuning aligns models with what users ask for. We build a dataset of"
          + " twenty thousand prompts and responses and show that careful selection beats"
          + " scale, with gains on two instruction-following benchmarks and a human study."
          + " We release the dataset and the selection code.";

  private static ParsedListing parse(String text) {
    return new ListingParser(2025)
        .parse(TextDecoder.decode("sources/test.txt", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void alternatingLayoutWithChromeGluedToTheFirstTitle() {
    ParsedListing listing =
        parse(
            "Get trending papers in your email inbox!\n"
                + "SubscribeMasked Steps Help Reasoning\n"
                + ABSTRACT_A
                + "\n"
                + "Selecting Instructions\n"
                + ABSTRACT_B
                + "\n");
    assertEquals(Layout.ALTERNATING, listing.layout());
    assertEquals(2, listing.records().size());
    Occurrence first = listing.records().get(0);
    assertEquals("Masked Steps Help Reasoning", first.title());
    assertEquals(2, first.provenance().line());
    assertEquals(LineRole.CHROME, listing.lines().get(0).role());
    assertTrue(listing.diagnostics().isEmpty());
  }

  @Test
  void metadataLayoutReadsAuthorsOrganisationDatesAndUpvotes() {
    ParsedListing listing =
        parse(
            """
            new

            Daily Papers

            Nov 21

            First Paper

            %s

              • 7 authors
            ·
            Mar 26

            Second Paper

            %s

            qualcomm Qualcomm
            ·
            Jan 16, 2024 2

            Third Paper Without Metadata

            %s
            """
                .formatted(ABSTRACT_A, ABSTRACT_B, ABSTRACT_A));
    assertEquals(Layout.BLANK_SEPARATED_WITH_METADATA, listing.layout());
    List<Occurrence> records = listing.records();
    assertEquals(3, records.size());
    assertEquals(7, records.get(0).authorCount());
    assertEquals("2025-03-26", records.get(0).date().iso());
    assertEquals(false, records.get(0).date().yearPrinted());
    assertNull(records.get(0).upvotes());
    assertEquals("Qualcomm", records.get(1).organization());
    assertEquals("2024-01-16", records.get(1).date().iso());
    assertEquals(2, records.get(1).upvotes());
    assertNull(records.get(2).date());
    assertEquals(0, listing.count(LineRole.REJECTED));
    assertEquals(List.of(1, 3, 5), chromeLines(listing));
  }

  @Test
  void truncatedLastRecordIsReportedWithFileAndLine() {
    ParsedListing listing = parse("Good Title\n\n" + ABSTRACT_A + "\n\nCut Off Title\n");
    assertEquals(1, listing.records().size());
    assertEquals(1, listing.rejected().size());
    Diagnostic d = listing.diagnostics().get(0);
    assertEquals(
        "sources/test.txt:5: warning: a title without an abstract (truncated record?); line skipped",
        d.format().lines().findFirst().orElseThrow());
  }

  @Test
  void invalidBytesAreReportedAndTheRestStillParses() {
    byte[] bytes =
        ("Broken \u00ff Title\n" + ABSTRACT_A + "\nSecond\n" + ABSTRACT_B + "\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    ParsedListing listing =
        new ListingParser(null).parse(TextDecoder.decode("sources/bad.txt", bytes));
    assertEquals(2, listing.records().size());
    assertEquals("Broken \uFFFD Title", listing.records().get(0).title());
    assertTrue(
        listing
            .diagnostics()
            .get(0)
            .format()
            .startsWith("sources/bad.txt:1:8: warning: invalid UTF-8"),
        listing.diagnostics().get(0).format());
  }

  @Test
  void anAbstractWithoutATitleIsRejectedNotInvented() {
    ParsedListing listing = parse("Title One\n" + ABSTRACT_A + "\n" + ABSTRACT_B + "\n");
    assertEquals(1, listing.records().size());
    assertEquals(List.of(3), listing.rejected().stream().map(LineAccount::line).toList());
    assertEquals("an abstract without a title", listing.rejected().get(0).reason());
  }

  @Test
  void crlfAndByteOrderMarkAreHandled() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = ("Title One\r\n" + ABSTRACT_A + "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    ParsedListing listing = new ListingParser(null).parse(TextDecoder.decode("s.txt", bytes));
    assertEquals("Title One", listing.records().get(0).title());
    assertEquals(2, listing.lines().size());
  }

  @Test
  void everyLineHasExactlyOneRole() {
    ParsedListing listing =
        parse("new\n\nTitle\n\n" + ABSTRACT_A + "\n\n  • 3 authors\n·\nMay 31 2\n\nOrphan\n");
    assertEquals(11, listing.lines().size());
    assertTrue(listing.lines().stream().allMatch(l -> l.role() != null));
  }

  private static List<Integer> chromeLines(ParsedListing listing) {
    return listing.lines().stream()
        .filter(l -> l.role() == LineRole.CHROME)
        .map(LineAccount::line)
        .toList();
  }
}
