package dev.surveyor.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.ingest.ListingParser;
import dev.surveyor.ingest.PaperMerger;
import dev.surveyor.ingest.TextDecoder;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.Layout;
import dev.surveyor.model.Occurrence;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.model.SourceText;
import dev.surveyor.robust.ListingWriter.Meta;
import dev.surveyor.robust.ListingWriter.Placed;
import dev.surveyor.robust.ListingWriter.Rec;
import dev.surveyor.robust.ListingWriter.Written;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random records written in each layout the parser reads come back exactly as written, whatever the
 * line endings, and damaged listings lose no record silently: every record written is a paper,
 * merged into one, or rejected with a reason. Seeds are fixed so a run is repeatable.
 */
class ListingPropertiesTest {
  private static final ListingParser PARSER = new ListingParser(2025);

  @Property(tries = 80, seed = "20250901", edgeCases = EdgeCasesMode.NONE)
  void recordsRoundTripInEveryLayout(
      @ForAll("layouts") Layout layout,
      @ForAll @Size(min = 1, max = 12) List<@From("records") Rec> records,
      @ForAll @IntRange(min = 0, max = 6) int chrome,
      @ForAll boolean glued) {
    Written written = ListingWriter.write(layout, records, chrome, glued);
    ParsedListing listing =
        parse("sources/gen.txt", written.text("\n").getBytes(StandardCharsets.UTF_8));

    boolean anyMeta =
        records.stream().anyMatch(r -> r.meta().authors() != null || r.meta().orgHandle() != null);
    Layout expected =
        layout == Layout.BLANK_SEPARATED_WITH_METADATA && !anyMeta
            ? Layout.BLANK_SEPARATED
            : layout;
    assertEquals(expected, listing.layout(), written.text("\n"));
    assertEquals(List.of(), listing.diagnostics());
    assertEquals(expectedRecords(written, layout), listing.records());
  }

  @Property(tries = 60, seed = "20250902")
  void lineEndingsAndByteOrderMarkChangeNothing(
      @ForAll("layouts") Layout layout,
      @ForAll @Size(min = 1, max = 8) List<@From("records") Rec> records,
      @ForAll("newlines") List<String> newlines,
      @ForAll boolean bom,
      @ForAll boolean finalNewline) {
    Written written = ListingWriter.write(layout, records, 3, true);
    StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
    for (int i = 0; i < written.lines().size(); i++) {
      text.append(written.lines().get(i));
      if (i + 1 < written.lines().size() || finalNewline) {
        String newline = newlines.get(i % newlines.size());
        boolean emptyNext = i + 1 < written.lines().size() && written.lines().get(i + 1).isEmpty();
        // CR, an empty line, LF would read as one CRLF: such a file never existed.
        text.append(newline.equals("\r") && emptyNext ? "\r\n" : newline);
      }
    }
    String lf = String.join("\n", written.lines()) + (finalNewline ? "\n" : "");
    ParsedListing plain = parse("sources/gen.txt", lf.getBytes(StandardCharsets.UTF_8));
    ParsedListing variant =
        parse("sources/gen.txt", text.toString().getBytes(StandardCharsets.UTF_8));
    assertEquals(plain.records(), variant.records());
    assertEquals(plain.lines(), variant.lines());
    assertEquals(plain.layout(), variant.layout());
  }

  /**
   * Several listings in random layouts, with repeated papers and damaged records (an abstract or a
   * title lost): records written = distinct papers + merged duplicates + rejected records.
   */
  @Property(tries = 60, seed = "20250903", edgeCases = EdgeCasesMode.NONE)
  void noRecordIsLostWhenListingsAreDamaged(
      @ForAll @Size(min = 1, max = 4) List<@From("damagedListings") Damaged> listings) {
    List<ParsedListing> parsed = new ArrayList<>();
    int written = 0;
    int damaged = 0;
    for (int i = 0; i < listings.size(); i++) {
      Damaged d = listings.get(i);
      String file = "sources/" + i + ".txt";
      ParsedListing listing = parse(file, d.text().getBytes(StandardCharsets.UTF_8));
      parsed.add(listing);
      written += d.records();
      damaged += d.damaged();
      List<Occurrence> intact =
          d.intact().stream().map(p -> occurrence(file, p, d.layout())).toList();
      assertEquals(intact, listing.records(), d.text());
    }
    Corpus corpus = PaperMerger.merge(parsed);
    long rejectedRecords =
        parsed.stream()
            .flatMap(l -> l.diagnostics().stream())
            .map(Diagnostic::message)
            .filter(
                m ->
                    m.startsWith("a title without an abstract")
                        || m.startsWith("an abstract without a title"))
            .count();
    int merged = corpus.merges().stream().mapToInt(g -> g.sources().size() - 1).sum();
    assertEquals(damaged, rejectedRecords);
    assertEquals(written, corpus.papers().size() + merged + rejectedRecords);
  }

  /** A listing with some records cut: its text, its records, and those left intact. */
  record Damaged(String text, Layout layout, int records, int damaged, List<Placed> intact) {}

  @Provide
  Arbitrary<Damaged> damagedListings() {
    return Combinators.combine(
            layouts(),
            Generated.record().list().ofMinSize(2).ofMaxSize(10),
            Arbitraries.integers().between(0, 3).list().ofSize(10),
            Arbitraries.integers().between(0, 5).list().ofSize(20))
        .as(ListingPropertiesTest::damage);
  }

  /**
   * Writes the records, some of them twice (the same paper listed again), then deletes the abstract
   * or the title of some. Never damaged: two records in a row (a title, then the next title of 100
   * characters or more, rightly reads as a title with a cut-off abstract; a title then an orphan
   * abstract as one record), and the abstract of a record with an organisation line (the
   * organisation then reads as a title).
   */
  private static Damaged damage(
      Layout layout, List<Rec> recs, List<Integer> repeat, List<Integer> roll) {
    List<Rec> all = new ArrayList<>(recs);
    for (int i = 0; i < recs.size(); i++) {
      if (repeat.get(i) == 0) {
        all.add(recs.get(i));
      }
    }
    Written w = ListingWriter.write(layout, all, 2, false);
    List<String> lines = new ArrayList<>(w.lines());
    List<Integer> drop = new ArrayList<>();
    List<Placed> intact = new ArrayList<>();
    boolean previousDamaged = false;
    for (int i = 0; i < w.placed().size(); i++) {
      Placed p = w.placed().get(i);
      int r = previousDamaged ? 9 : roll.get(i);
      boolean hasOrg =
          layout == Layout.BLANK_SEPARATED_WITH_METADATA && p.rec().meta().orgHandle() != null;
      int dropped = drop.size();
      if (r == 0 && !hasOrg) {
        drop.add(p.titleLine() + (layout == Layout.ALTERNATING ? 1 : 2));
      } else if (r == 1) {
        drop.add(p.titleLine());
      } else {
        intact.add(new Placed(p.rec(), p.titleLine() - dropped, p.lastLine() - dropped));
      }
      previousDamaged = drop.size() > dropped;
    }
    for (int k = drop.size() - 1; k >= 0; k--) {
      lines.remove(drop.get(k) - 1);
    }
    return new Damaged(String.join("\n", lines) + "\n", layout, all.size(), drop.size(), intact);
  }

  @Provide
  Arbitrary<Layout> layouts() {
    return Arbitraries.of(
        Layout.BLANK_SEPARATED, Layout.BLANK_SEPARATED_WITH_METADATA, Layout.ALTERNATING);
  }

  @Provide
  Arbitrary<Rec> records() {
    return Generated.record();
  }

  @Provide
  Arbitrary<List<String>> newlines() {
    return Arbitraries.of("\n", "\r\n", "\r").list().ofMinSize(1).ofMaxSize(5);
  }

  private static ParsedListing parse(String file, byte[] bytes) {
    SourceText source = TextDecoder.decode(file, bytes);
    ParsedListing listing = PARSER.parse(source);
    Accounting.check(source, listing);
    return listing;
  }

  private static List<Occurrence> expectedRecords(Written written, Layout layout) {
    return written.placed().stream().map(p -> occurrence("sources/gen.txt", p, layout)).toList();
  }

  /** The record the parser should read for what was written. */
  static Occurrence occurrence(String file, Placed p, Layout layout) {
    Meta meta = layout == Layout.BLANK_SEPARATED_WITH_METADATA ? p.rec().meta() : Meta.NONE;
    dev.surveyor.model.ListingDate date = null;
    if (meta.date() != null) {
      String[] parts = meta.date().replace(",", "").split(" ");
      int month = "JanFebMarAprMayJunJulAugSepOctNovDec".indexOf(parts[0]) / 3 + 1;
      Integer year = parts.length > 2 ? Integer.valueOf(parts[2]) : null;
      date =
          new dev.surveyor.model.ListingDate(
              meta.date(),
              month,
              Integer.parseInt(parts[1]),
              year == null ? 2025 : year,
              year != null);
    }
    return new Occurrence(
        new dev.surveyor.model.Provenance(file, p.titleLine()),
        p.lastLine(),
        // the parser reads LaTeX as the text it stands for (a url command as its address)
        dev.surveyor.text.CapturedText.readable(p.rec().title()),
        dev.surveyor.text.CapturedText.readable(p.rec().abstractText()),
        meta.authors(),
        meta.orgName(),
        date,
        meta.date() == null ? null : meta.upvotes());
  }
}
