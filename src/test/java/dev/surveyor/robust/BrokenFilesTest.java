package dev.surveyor.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.support.MiniSite;
import dev.surveyor.support.Run;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One survey whose sources folder holds a good listing next to every kind of broken file. Each
 * broken file gets a {@code file:line: message} saying what is wrong and what was done, and the
 * good listing still builds.
 */
class BrokenFilesTest {
  static final String ABSTRACT =
      "We fine-tune language models with low-rank adapters and measure what they keep. The"
          + " adapters match full fine-tuning on three benchmarks while training a hundredth of"
          + " the weights, and the analysis explains where the remaining gap comes from.";

  @TempDir static Path dir;
  private static MiniSite mini;
  private static Run run;
  private static List<String> err;

  @BeforeAll
  static void build() throws Exception {
    mini =
        new MiniSite(dir)
            .file("survey.md", "---\ntitle: Broken Inputs\nlisting_year: 2025\n---\nIntro.\n")
            .file(
                "sources/a-good.txt",
                "Good Paper One\n" + ABSTRACT + "\nGood Paper Two\n" + ABSTRACT + " Two.\n")
            .file("sources/bom-crlf.txt", "\uFEFFBom Paper\r\n\r\n" + ABSTRACT + "\r\n")
            .file("sources/empty.txt", "")
            .file(
                "sources/mixed-endings.txt",
                "Mixed One\n" + ABSTRACT + "\r\nMixed\rTwo\n" + ABSTRACT + "\n")
            .file("sources/not-a-listing.txt", notAListing())
            .file("sources/truncated.txt", "Whole Paper\n" + ABSTRACT + "\nCut Off Paper\n");
    Path sources = mini.content().resolve("sources");
    Files.write(
        sources.resolve("invalid-utf8.txt"), bytes("Caf", 0xE9, " Paper\n", ABSTRACT, 0xFF, "\n"));
    Files.write(sources.resolve("latin1.txt"), latin1Lines(9));
    Files.write(sources.resolve("binary.txt"), binary());
    Files.write(sources.resolve("huge-line.txt"), hugeLine());
    run = Run.of(mini.buildArgs());
    err = run.err().lines().toList();
  }

  @Test
  void theBuildSucceedsAndTheGoodListingIsPublished() {
    assertEquals(0, run.exitCode(), run.err());
    for (String slug :
        List.of(
            "good-paper-one",
            "good-paper-two",
            "bom-paper",
            "whole-paper",
            "mixed-one",
            "two",
            "caf-paper")) {
      assertTrue(Files.isRegularFile(mini.out().resolve("papers/" + slug + ".html")), slug);
    }
    assertTrue(run.out().contains("sources read 10, records found 7,"), run.out());
  }

  @Test
  void invalidUtf8IsReplacedAndReported() {
    assertHas("sources/invalid-utf8.txt:1:4: warning: invalid UTF-8 bytes; replaced with U+FFFD");
    assertHas(
        "sources/invalid-utf8.txt:2:"
            + (ABSTRACT.length() + 1)
            + ": warning: invalid UTF-8 bytes; replaced with U+FFFD");
    assertTrue(Files.isRegularFile(mini.out().resolve("papers/caf-paper.html")));
  }

  @Test
  void aFileFullOfInvalidBytesIsReportedFiveLinesAndASummary() {
    assertEquals(
        5,
        err.stream()
            .filter(
                l ->
                    l.startsWith("sources/latin1.txt:")
                        && l.endsWith("warning: invalid UTF-8 bytes; replaced with U+FFFD"))
            .count());
    assertHas(
        "sources/latin1.txt:6: warning: invalid UTF-8 bytes on this and 3 more lines;"
            + " replaced with U+FFFD");
  }

  @Test
  void aByteOrderMarkAndCrlfChangeNothing() {
    assertTrue(err.stream().noneMatch(l -> l.startsWith("sources/bom-crlf.txt")), run.err());
  }

  @Test
  void mixedLineEndingsAreReportedWhereTheStyleChanges() {
    assertHas(
        "sources/mixed-endings.txt:2: warning: mixed line endings (1 CR, 1 CRLF, 3 LF);"
            + " each read as a line break");
    assertHas("sources/mixed-endings.txt:3: warning: a title without an abstract; line skipped");
  }

  @Test
  void anEmptyFileIsReported() {
    assertHas("sources/empty.txt:1: warning: empty file; no records read");
  }

  @Test
  void aBinaryFileIsSkippedWithOneMessage() {
    List<String> about = err.stream().filter(l -> l.startsWith("sources/binary.txt")).toList();
    assertEquals(1, about.size(), run.err());
    assertTrue(
        about
            .get(0)
            .matches(
                "sources/binary\\.txt:1: warning: binary data, not a listing \\(\\d+ lines\\); file skipped"),
        about.get(0));
  }

  @Test
  void aTruncatedLastRecordIsReported() {
    assertHas(
        "sources/truncated.txt:3: warning: a title without an abstract (truncated record?);"
            + " line skipped");
  }

  @Test
  void aTenMegabyteLineIsRejectedWithoutEndingUpOnAPage() throws Exception {
    assertHas(
        "sources/huge-line.txt:2: warning: a line of 10485760 characters, too long for a"
            + " listing (at most 100000); line skipped");
    assertHas(
        "sources/huge-line.txt:1: warning: a title without an abstract (truncated record?);"
            + " line skipped");
    long largest;
    try (var files = Files.walk(mini.out())) {
      largest =
          files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).max().orElse(0);
    }
    assertTrue(largest < 1_000_000, "no output file carries the huge line: " + largest);
  }

  @Test
  void aFileThatIsNotAListingIsReportedOnceItsFirstLinesAreShown() {
    List<String> about =
        err.stream().filter(l -> l.startsWith("sources/not-a-listing.txt:")).toList();
    assertEquals(22, about.size(), String.join("\n", about));
    assertHas(
        "sources/not-a-listing.txt:1: warning: no records found: not a listing, or a layout"
            + " Surveyor does not read; nothing from this file is published");
    assertTrue(
        about.stream()
            .anyMatch(
                l ->
                    l.matches(
                        "sources/not-a-listing\\.txt:\\d+: warning: this and \\d+ more units skipped;"
                            + " data/report\\.json lists every rejected line with its reason")),
        String.join("\n", about));
  }

  @Test
  void theReportAccountsForEveryLineOfEveryFile() throws Exception {
    JsonNode report = new ObjectMapper().readTree(mini.out().resolve("data/report.json").toFile());
    int lines = 0;
    for (JsonNode file : report.get("files")) {
      int roles = 0;
      for (JsonNode count : file.get("lineRoles")) {
        roles += count.asInt();
      }
      assertEquals(file.get("lines").asInt(), roles, file.get("file").asText());
      assertEquals(file.get("lineRoles").get("rejected").asInt(), file.get("rejected").size());
      lines += file.get("lines").asInt();
    }
    assertEquals(lines, report.at("/totals/lines").asInt());
    assertEquals(7, report.at("/totals/records").asInt());
    assertEquals(
        7, report.at("/totals/papers").asInt() + report.at("/totals/duplicatesMerged").asInt());
  }

  @Test
  void surveysOfNoPaperOrOnePaperStillBuild(@TempDir Path other) {
    MiniSite tiny =
        new MiniSite(other)
            .file("survey.md", "---\ntitle: Tiny\n---\nIntro.\n")
            .file("themes/peft.md", "---\nname: PEFT\n---\nIntro.\n")
            .file("sources/empty.txt", "");
    Run none = Run.of(tiny.buildArgs());
    assertEquals(0, none.exitCode(), none.err());
    assertTrue(none.out().contains("records found 0, distinct papers 0"), none.out());
    tiny.file("sources/one.txt", "The Only Paper\n" + ABSTRACT + "\n");
    Run one = Run.of(tiny.buildArgs());
    assertEquals(0, one.exitCode(), one.err());
    assertTrue(Files.isRegularFile(tiny.out().resolve("papers/the-only-paper.html")));
  }

  private static void assertHas(String line) {
    assertTrue(err.contains(line), "missing:\n" + line + "\nin:\n" + run.err());
  }

  /** A CSV export: short lines with no blank lines, nothing like a title and abstract. */
  private static String notAListing() {
    StringBuilder csv = new StringBuilder("id,title,year\n");
    for (int i = 1; i <= 40; i++) {
      csv.append(i).append(",Paper number ").append(i).append(",2024\n");
    }
    return csv.toString();
  }

  private static byte[] latin1Lines(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("Caf\u00e9 r\u00e9sum\u00e9 ").append(i).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] binary() {
    byte[] bytes = new byte[4096];
    new Random(9).nextBytes(bytes);
    return bytes;
  }

  private static byte[] hugeLine() {
    byte[] line = new byte[10 * 1024 * 1024];
    Arrays.fill(line, (byte) 'a');
    return bytes("Huge Line Paper\n", line, "\n");
  }

  /** Strings as UTF-8, ints as single raw bytes, byte arrays as they are. */
  static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      } else if (part instanceof Integer b) {
        out.write(b);
      } else {
        out.writeBytes((byte[]) part);
      }
    }
    return out.toByteArray();
  }
}
