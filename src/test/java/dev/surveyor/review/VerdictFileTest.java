package dev.surveyor.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A verdict goes into the paper's note, keeping its text and other keys, atomically. */
class VerdictFileTest {
  @Test
  void aNewNoteIsFrontMatterAlone() {
    assertEquals(
        "---\nthemes: [reasoning, peft]\n---\n",
        VerdictFile.withVerdict(null, List.of("reasoning", "peft")));
    assertEquals("---\nthemes: []\n---\n", VerdictFile.withVerdict("", List.of()));
  }

  @Test
  void addAndRemoveGiveWayToTheVerdictWhereTheyStood() {
    assertEquals(
        """
        ---
        # why: see the note
        themes: [peft]
        other: kept
        ---
        The note's text.

        Its second paragraph.
        """,
        VerdictFile.withVerdict(
            """
            ---
            # why: see the note
            add_themes: [peft]
            remove_themes:
              - reasoning
            other: kept
            ---
            The note's text.

            Its second paragraph.
            """,
            List.of("peft")));
  }

  @Test
  void anEarlierVerdictIsReplacedAndABareNoteGetsFrontMatter() {
    assertEquals(
        "---\nthemes: []\n---\nText.\n",
        VerdictFile.withVerdict("---\nthemes: [peft]\n---\nText.\n", List.of()));
    assertEquals(
        "---\nthemes: [peft]\n---\nJust text.\n",
        VerdictFile.withVerdict("Just text.\n", List.of("peft")));
    assertEquals(
        "---\r\nthemes: [peft]\r\n---\r\nText.\r\n",
        VerdictFile.withVerdict("---\r\nadd_themes: [peft]\r\n---\r\nText.\r\n", List.of("peft")),
        "a file with Windows line ends keeps them");
  }

  @Test
  void aBrokenNoteIsLeftForTheCurator() {
    assertThrows(
        IllegalArgumentException.class,
        () -> VerdictFile.withVerdict("---\nadd_themes: [peft]\nText.\n", List.of("peft")));
  }

  @Test
  void writesOnlyPlainFilesInsidePapers(@TempDir Path dir) throws IOException {
    Path content = Files.createDirectories(dir.resolve("content"));
    VerdictFile verdicts = new VerdictFile(content);
    Path written = verdicts.write("a-paper", List.of("peft"));
    assertEquals(content.resolve("papers/a-paper.md"), written);
    assertEquals("---\nthemes: [peft]\n---\n", Files.readString(written));
    try (Stream<Path> files = Files.list(content.resolve("papers"))) {
      assertEquals(List.of(written), files.toList(), "no temporary file left behind");
    }

    assertThrows(IllegalArgumentException.class, () -> verdicts.write("../survey", List.of()));
    assertThrows(IllegalArgumentException.class, () -> verdicts.write("a/b", List.of()));
    assertThrows(IllegalArgumentException.class, () -> verdicts.write("x", List.of("../p")));

    Path outside = Files.writeString(dir.resolve("outside.md"), "kept\n");
    Files.createSymbolicLink(content.resolve("papers/linked.md"), outside);
    assertThrows(IOException.class, () -> verdicts.write("linked", List.of("peft")));
    assertEquals("kept\n", Files.readString(outside), "never written through a link");

    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path other = Files.createDirectories(dir.resolve("other/content"));
    Files.createSymbolicLink(other.resolve("papers"), elsewhere);
    assertThrows(IOException.class, () -> new VerdictFile(other).write("a-paper", List.of()));
    try (Stream<Path> files = Files.list(elsewhere)) {
      assertFalse(files.findAny().isPresent(), "nothing written where papers/ leads");
    }
    assertTrue(Files.isRegularFile(written));
  }
}
