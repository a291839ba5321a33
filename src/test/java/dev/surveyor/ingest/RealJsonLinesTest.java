package dev.surveyor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.Layout;
import dev.surveyor.model.NamedLink;
import dev.surveyor.model.Occurrence;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.support.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fresh JSON Lines corpora (7,031 papers of arXiv 2025-26 and the ACL Anthology 2023-24), read
 * from the shared corpora beside the repository, never copied into it, as the survey's sources.
 */
class RealJsonLinesTest {
  static final Path FRESH = Repo.root().resolve("../shared/corpora/fresh").normalize();

  @Test
  void everyLineOfTheFreshCorporaIsOnePaper() throws Exception {
    assumeTrue(Files.isDirectory(FRESH), "the fresh corpora are not at " + FRESH);
    Diagnostics found = new Diagnostics();
    Corpus corpus =
        ListingIngest.ingest(
            new ContentReader(Repo.content(), found).withSources(FRESH).read(), found);
    assertEquals(List.of(), found.sorted().stream().map(Diagnostic::format).toList());
    assertEquals(
        List.of(
            "sources/acl-anthology-2023-2024.jsonl 4077",
            "sources/arxiv-daily-2025-2026-sample.jsonl 2400",
            "sources/arxiv-daily-2025-2026-topic-supplement.jsonl 554"),
        corpus.listings().stream().map(l -> l.file() + " " + l.records().size()).toList());
    for (ParsedListing listing : corpus.listings()) {
      assertEquals(Layout.JSON_LINES, listing.layout());
      assertEquals(
          Files.readAllLines(FRESH.resolve(listing.file().substring("sources/".length()))).size(),
          listing.lines().size(),
          "every line accounted for");
    }
    assertEquals(0, corpus.rejectedLines());
    assertTrue(corpus.papers().size() > 7000, "few titles repeat: " + corpus.papers().size());

    Occurrence first =
        corpus
            .listings()
            .get(2)
            .records()
            .get(0); // the supplement's first line, as the file has it
    assertEquals("ViSpeak: Visual Instruction Feedback in Streaming Videos", first.title());
    assertEquals("2025-03-18", first.date().iso());
    assertEquals(9, first.details().authors().size());
    assertEquals("Shenghao Fu", first.details().authors().get(0));
    assertEquals(
        List.of(new NamedLink("Link", "https://arxiv.org/abs/2503.12769")),
        first.details().links());
    assertTrue(first.abstractText().startsWith("Recent advances in Large Multi-modal Models"));

    Occurrence acl = corpus.listings().get(0).records().get(0);
    assertEquals(2023, acl.details().year(), "the anthology dates papers by month");
  }
}
