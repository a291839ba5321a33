package dev.surveyor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.Content;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.Layout;
import dev.surveyor.model.LineAccount;
import dev.surveyor.model.LineRole;
import dev.surveyor.model.Occurrence;
import dev.surveyor.model.Paper;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.support.Repo;
import dev.surveyor.text.Slugs;
import dev.surveyor.text.Text;
import java.util.List;
import java.util.Map;
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
