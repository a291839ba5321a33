package dev.surveyor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.Content;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.Layout;
import dev.surveyor.model.LineAccount;
import dev.surveyor.model.LineRole;
import dev.surveyor.model.ListingDate;
import dev.surveyor.model.Occurrence;
import dev.surveyor.model.Paper;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.support.Repo;
import dev.surveyor.text.Slugs;
import dev.surveyor.text.Text;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five captured listings in content/sources, parsed exactly. */
class RealListingsTest {
  private static Corpus corpus;
  private static Diagnostics diagnostics;

  @BeforeAll
  static void ingest() throws Exception {
    diagnostics = new Diagnostics();
    Content content = new ContentReader(Repo.content(), diagnostics).read();
    corpus = ListingIngest.ingest(content, diagnostics);
  }

  @Test
  void everyRecordIsFoundAndDuplicatesMerged() {
    Map<String, Integer> perFile =
        corpus.listings().stream()
            .collect(Collectors.toMap(l -> l.file().substring(8, 11), l -> l.records().size()));
    assertEquals(Map.of("000", 101, "001", 94, "002", 119, "003", 119, "004", 119), perFile);
    assertEquals(552, corpus.recordCount());
    assertEquals(469, corpus.papers().size());
    assertEquals(552, corpus.papers().stream().mapToInt(p -> p.occurrences().size()).sum());
    assertEquals(0, corpus.rejectedLines());
    assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
  }

  @Test
  void layoutsAreDetectedFromContent() {
    List<Layout> layouts = corpus.listings().stream().map(ParsedListing::layout).toList();
    assertEquals(
        List.of(
            Layout.BLANK_SEPARATED,
            Layout.BLANK_SEPARATED_WITH_METADATA,
            Layout.ALTERNATING,
            Layout.ALTERNATING,
            Layout.ALTERNATING),
        layouts);
  }

  @Test
  void everySourceLineIsAccountedFor() {
    for (ParsedListing listing : corpus.listings()) {
      long accounted = listing.lines().stream().filter(l -> l.role() != null).count();
      assertEquals(listing.lines().size(), accounted, listing.file());
      assertEquals(listing.records().size(), listing.count(LineRole.TITLE), listing.file());
      assertEquals(listing.records().size(), listing.count(LineRole.ABSTRACT), listing.file());
    }
    assertEquals(List.of(1, 3, 5, 7, 9, 11), chrome("001"));
    assertEquals(List.of(1, 2), chrome("002"));
  }

  @Test
  void theFirstTitleGluedToPageChromeIsSeparated() {
    Occurrence first = listing("002").records().get(0);
    assertEquals(
        "Chain-of-Thought Prompting Obscures Hallucination Cues in Large Language Models:"
            + " An Empirical Evaluation",
        first.title());
    assertEquals(3, first.provenance().line());
  }

  @Test
  void metadataIsKeptAsPrinted() {
    Paper reasonRft = paper("Reason-RFT: Reinforcement Fine-Tuning for Visual Reasoning");
    assertEquals(7, reasonRft.authorCount());
    assertEquals("Mar 26", reasonRft.date().printed());
    assertEquals("2025-03-26", reasonRft.date().iso());
    assertNull(reasonRft.upvotes());

    Paper reft = paper("ReFT: Reasoning with Reinforced Fine-Tuning");
    assertEquals("Jan 16, 2024", reft.date().printed());
    assertEquals("2024-01-16", reft.date().iso());
    assertEquals(2, reft.upvotes());

    Paper calm =
        paper("CALM Before the STORM: Unlocking Native Reasoning for Optimization Modeling");
    Occurrence inMetadataListing =
        calm.occurrences().stream()
            .filter(o -> o.provenance().file().contains("001_"))
            .findFirst()
            .orElseThrow();
    assertNull(inMetadataListing.date());
    assertNull(inMetadataListing.authorCount());

    List<String> organizations =
        corpus.papers().stream()
            .map(Paper::organization)
            .filter(o -> o != null)
            .sorted()
            .distinct()
            .toList();
    assertEquals(
        List.of("AI at Meta", "NJU-LINK Lab", "Qualcomm", "The Fin AI", "ucas"), organizations);
  }

  @Test
  void titlesWithLatexAndNonAsciiSurviveIntact() {
    Paper pi = paper("π^{*}_{0.6}: a VLA That Learns From Experience");
    assertEquals("pi-0-6-a-vla-that-learns-from-experience", pi.slug());
    Paper med =
        paper(
            "Med-R³: Enhancing Medical Retrieval-Augmented Reasoning of LLMs via Progressive Reinforcement Learning");
    // the caret read as the superscript it prints; the slug as it was, so links and notes hold
    assertTrue(med.slug().startsWith("med-r-3-"), med.slug());
  }

  @Test
  void nearIdenticalTitlesStayApart() {
    Paper a = paper("Logical Reasoning in Large Language Models: A Survey");
    Paper b = paper("Reasoning with Large Language Models, a Survey");
    assertNotEquals(a.slug(), b.slug());
  }

  @Test
  void brokenLinksInAbstractsAreRepaired() {
    Paper rationales = paper("Data-Centric Human Preference Optimization with Rationales");
    assertEquals(
        List.of("https://github.com/reds-lab/preference-learning-with-rationales"),
        rationales.links());
    assertTrue(
        corpus.papers().stream()
            .anyMatch(p -> p.links().contains("https://github.com/wenlinyao/HDFlow")));
    assertTrue(
        corpus.papers().stream()
            .flatMap(p -> p.links().stream())
            .noneMatch(
                u -> u.contains(" ") || u.contains("\\") || u.contains("{") || u.endsWith(".")));
  }

  @Test
  void slugsAreUniqueAndUrlSafe() {
    assertEquals(469, corpus.papers().stream().map(Paper::slug).distinct().count());
    assertTrue(corpus.papers().stream().allMatch(p -> Slugs.isValid(p.slug())));
  }

  @Test
  void aDateAboveTheFirstRecordIsThePagesOwnNotADateOfThePapersUnderIt() throws Exception {
    // The first listing prints "Jul 3" once, above its first paper, and no date after it. Read as
    // a heading over every paper below, it would date all 101; but the papers of it that the
    // second listing dates carry other dates, none Jul 3, so it stays the page's own (chrome).
    ParsedListing first = listing("000");
    List<String> lines = Files.readAllLines(Repo.content().resolve(first.file()));
    assertEquals("Jul 3", lines.get(8));
    assertEquals(List.of(1, 3, 5, 7, 9), chrome("000"));
    List<ListingDate> datedElsewhere =
        first.records().stream()
            .map(o -> paper(o.title()).date())
            .filter(Objects::nonNull)
            .toList();
    assertEquals(30, datedElsewhere.size());
    assertTrue(datedElsewhere.stream().noneMatch(d -> d.month() == 7 && d.day() == 3));
    assertEquals("Nov 22, 2024", paper(first.records().get(0).title()).date().printed());
  }

  @Test
  void onlyTheSecondListingStatesMoreThanTitlesAndAbstractsAndNoneNamesAuthorsOrPaperLinks()
      throws Exception {
    for (String prefix : List.of("000", "002", "003", "004")) {
      for (Occurrence o : listing(prefix).records()) {
        assertTrue(
            o.date() == null
                && o.authorCount() == null
                && o.organization() == null
                && o.upvotes() == null,
            o.title());
      }
    }
    List<Occurrence> second = listing("001").records();
    assertEquals(94, second.size());
    assertEquals(88, second.stream().filter(o -> o.date() != null).count());
    assertEquals(83, second.stream().filter(o -> o.authorCount() != null).count());
    assertEquals(5, second.stream().filter(o -> o.organization() != null).count());
    assertEquals(32, second.stream().filter(o -> o.upvotes() != null).count());
    assertEquals(
        6,
        second.stream()
            .filter(o -> o.date() == null && o.authorCount() == null && o.organization() == null)
            .count());
    // Outside abstracts no line holds a link or an arXiv identifier: the capture kept the text of
    // the page, not its links, and author names never were on it.
    Pattern arxivId = Pattern.compile("\\b\\d{4}\\.\\d{4,5}(v\\d+)?\\b");
    for (ParsedListing listing : corpus.listings()) {
      List<String> lines = Files.readAllLines(Repo.content().resolve(listing.file()));
      for (LineAccount account : listing.lines()) {
        String text = lines.get(account.line() - 1);
        if (account.role() != LineRole.ABSTRACT) {
          assertFalse(text.contains("http") || text.contains("arxiv.org"), text);
        }
        assertFalse(arxivId.matcher(text).find(), listing.file() + ":" + account.line());
      }
    }
  }

  private static Paper paper(String title) {
    String key = Text.titleKey(title);
    return corpus.papers().stream()
        .filter(p -> p.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError(title));
  }

  private static ParsedListing listing(String prefix) {
    return corpus.listings().stream()
        .filter(l -> l.file().startsWith("sources/" + prefix))
        .findFirst()
        .orElseThrow();
  }

  private static List<Integer> chrome(String prefix) {
    return listing(prefix).lines().stream()
        .filter(l -> l.role() == LineRole.CHROME)
        .map(LineAccount::line)
        .toList();
  }
}
