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
import dev.surveyor.model.PaperDetails;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.model.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One paper per Markdown file with YAML front matter, in the shape of Jekyll collections. */
class PaperFileParserTest {
  private static final PaperFileParser PARSER = new PaperFileParser(new YamlReader());

  private static SourceText source(String text) {
    return TextDecoder.decode("sources/papers/p.markdown", text.getBytes(StandardCharsets.UTF_8));
  }

  private static SourceFormat.Result parse(String text) {
    return PARSER.parse(source(text));
  }

  private static List<String> formatted(SourceFormat.Result result) {
    return result.listing().diagnostics().stream().map(Diagnostic::format).toList();
  }

  @Test
  void readsAJekyllCollectionEntry() {
    SourceFormat.Result result =
        parse(
            """
            ---
            layout: publication
            title: 'Let The Llms Talk: Simulating Human-to-human Conversational QA Via Zero-shot
              Llm-to-llm Interactions'
            authors: Zahra Abbasiantaeb, Yifei Yuan, Evangelos Kanoulas et al.
            conference: Arxiv
            year: 2023
            citations: 24
            bibkey: abbasiantaeb2023let
            additional_links: [{name: Paper, url: 'https://arxiv.org/abs/2312.02913'}, {name: Code, url: 'https://github.com/x/y'}]
            tags: [Tools, GPT,
              Efficiency and Optimization]
            ---
            Conversational question-answering (CQA) systems aim to create interactive
            search systems.

            We propose a simulation framework.
            """);
    ParsedListing listing = result.listing();
    assertEquals(Layout.FRONT_MATTER, listing.layout());
    assertEquals(List.of(), listing.diagnostics());
    assertEquals(List.of(), result.unknownKeys(), "layout, bibkey and citations are known keys");
    Occurrence paper = listing.records().get(0);
    assertEquals(
        "Let The Llms Talk: Simulating Human-to-human Conversational QA Via Zero-shot Llm-to-llm Interactions",
        paper.title());
    assertEquals(3, paper.provenance().line(), "a record starts at its title");
    assertEquals(17, paper.lastLine());
    assertEquals(
        "Conversational question-answering (CQA) systems aim to create interactive search systems."
            + " We propose a simulation framework.",
        paper.abstractText());
    assertEquals(
        new PaperDetails(
            List.of("Zahra Abbasiantaeb", "Yifei Yuan", "Evangelos Kanoulas"),
            true,
            2023,
            "Arxiv",
            List.of("Tools", "GPT", "Efficiency and Optimization"),
            List.of(
                new NamedLink("Paper", "https://arxiv.org/abs/2312.02913"),
                new NamedLink("Code", "https://github.com/x/y"))),
        paper.details());
    assertNull(paper.authorCount(), "an author count is what a listing prints; names are details");
    assertEquals(
        List.of(
            LineRole.METADATA,
            LineRole.METADATA,
            LineRole.TITLE,
            LineRole.TITLE,
            LineRole.METADATA,
            LineRole.METADATA,
            LineRole.METADATA,
            LineRole.METADATA,
            LineRole.METADATA,
            LineRole.METADATA,
            LineRole.METADATA,
            LineRole.METADATA,
            LineRole.METADATA,
            LineRole.ABSTRACT,
            LineRole.ABSTRACT,
            LineRole.BLANK,
            LineRole.ABSTRACT),
        listing.lines().stream().map(LineAccount::role).toList());
  }

  @Test
  void acceptsListsStringsAndTheVenueAndLinkKeys() {
    Occurrence paper =
        parse(
                """
                ---
                title: Masked Thought
                authors: [Changyu Chen, Xiting Wang]
                venue: ACL 2024
                conference: Arxiv
                year: '2024'
                tags: reasoning, masking
                link: https://aclanthology.org/2024.acl-long.99
                ---
                In reasoning tasks, even a minor error can cascade.
                """)
            .listing()
            .records()
            .get(0);
    assertEquals(
        new PaperDetails(
            List.of("Changyu Chen", "Xiting Wang"),
            false,
            2024,
            "ACL 2024",
            List.of("reasoning", "masking"),
            List.of(new NamedLink("Link", "https://aclanthology.org/2024.acl-long.99"))),
        paper.details());
    assertEquals("Changyu Chen and Xiting Wang", paper.details().authorLine());
  }

  @Test
  void unknownKeysAreSkippedAndLocated() {
    SourceFormat.Result result = parse("---\ntitle: A Paper\npermalink: /p/\n---\nAn abstract.\n");
    assertEquals(1, result.listing().records().size());
    assertEquals(List.of(new YamlReader.UnknownKey("permalink", 3, 1)), result.unknownKeys());
  }

  @Test
  void anUnclosedFrontMatterSkipsTheFileWithEveryLineRejected() {
    SourceFormat.Result result = parse("---\ntitle: A Paper\nAn abstract.\n");
    assertTrue(result.listing().records().isEmpty());
    assertEquals(
        List.of(
            "sources/papers/p.markdown:1: warning: front matter opened with '---' is never closed;"
                + " file skipped\n  ---"),
        formatted(result));
    assertEquals(3, result.listing().rejected().size());
  }

  @Test
  void invalidYamlIsReportedAtItsLineAndColumn() {
    SourceFormat.Result result = parse("---\ntitle: A Paper\nyear: next year\n---\nAn abstract.\n");
    assertTrue(result.listing().records().isEmpty());
    List<String> diagnostics = formatted(result);
    assertEquals(1, diagnostics.size());
    assertTrue(
        diagnostics
            .get(0)
            .startsWith("sources/papers/p.markdown:3:7: warning: invalid front matter:"),
        diagnostics.get(0));
    assertTrue(
        diagnostics.get(0).contains("; file skipped\n  year: next year\n        ^"),
        diagnostics.get(0));
  }

  @Test
  void aPaperFileNeedsATitle() {
    SourceFormat.Result result = parse("---\ntitle: ''\nyear: 2020\n---\nAn abstract.\n");
    assertEquals(
        List.of(
            "sources/papers/p.markdown:2: warning: a paper file needs a title; file skipped\n  title: ''"),
        formatted(result));
    assertEquals(List.of(), result.listing().records());
  }

  @Test
  void unsafeLinksAndAnEmptyBodyAreReportedButThePaperIsKept() {
    SourceFormat.Result result =
        parse(
            """
            ---
            title: A Paper
            additional_links: [{name: Bad, url: 'javascript:alert(1)'}, 'https://example.org/a']
            ---
            """);
    Occurrence paper = result.listing().records().get(0);
    assertEquals(List.of(new NamedLink("Link", "https://example.org/a")), paper.details().links());
    assertEquals("", paper.abstractText());
    assertEquals(
        List.of(
            "sources/papers/p.markdown:3: warning: not an http(s) link: 'javascript:alert(1)'; ignored\n"
                + "  additional_links: [{name: Bad, url: 'javascript:alert(1)'}, 'https://example.org/a']",
            "sources/papers/p.markdown:5: warning: no abstract: the body after the front matter is empty"),
        formatted(result));
  }

  @Test
  void onlyAFileThatOpensWithFrontMatterIsAPaperFile() {
    assertTrue(PaperFileParser.isPaperFile(source("---\ntitle: x\n---\n")));
    assertFalse(PaperFileParser.isPaperFile(source("A Title\n\n---\n")));
    assertFalse(PaperFileParser.isPaperFile(source("")));
  }
}
