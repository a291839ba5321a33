package dev.surveyor.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.site.MiniSiteTest;
import dev.surveyor.support.MiniSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build whose inputs, options, code and output stand as the last build left them is skipped and
 * says so; any change to one of them makes a real build again. On a small survey with a stand-in
 * for the jar.
 */
class BuildStateTest {
  @TempDir Path dir;
  private MiniSite site;
  private Path jar;

  @BeforeEach
  void copyContent() throws Exception {
    site = MiniSiteTest.site(dir.resolve("survey"));
    site.file("sources/notes.bin", "not a listing"); // a warning the skipped build must tell again
    jar = Files.writeString(dir.resolve("surveyor.jar"), "code");
  }

  private BuildSummary build() throws Exception {
    return build(null);
  }

  private BuildSummary build(String baseUrl) throws Exception {
    return SiteBuilder.build(
        new BuildOptions(site.content(), site.templates(), site.out(), baseUrl, false, jar));
  }

  @Test
  void anUnchangedBuildIsSkippedAndTellsTheSameFiguresAndWarnings() throws Exception {
    BuildSummary first = build();
    assertFalse(first.upToDate());
    assertTrue(first.filesWritten() > 10, first.format());
    assertEquals(1, first.warnings(), first.format());
    var output = MiniSite.snapshot(site.out());

    BuildSummary second = build();
    assertTrue(second.upToDate(), second.format());
    assertEquals(0, second.filesWritten());
    assertEquals(first.files(), second.files());
    assertEquals(first.papers(), second.papers());
    assertEquals(first.diagnostics(), second.diagnostics());
    assertTrue(
        second.format().contains("written 0, removed 0") && second.format().contains("up to date"),
        second.format());
    assertEquals(output, MiniSite.snapshot(site.out()));
  }

  @Test
  void anEditedOrNewContentFileBuildsAgain() throws Exception {
    build();
    site.edit("themes/peft.md", text -> text + "\nOne more sentence about adapters.\n");
    BuildSummary edited = build();
    assertFalse(edited.upToDate());
    assertTrue(edited.filesWritten() > 0, edited.format());
    assertTrue(build().upToDate());

    site.file("papers/lora-for-everyone.md", "A curator's note.\n");
    assertFalse(build().upToDate());
  }

  @Test
  void aDeletedOrChangedOutputFileIsBuiltBack() throws Exception {
    build();
    Path page = site.out().resolve("themes/peft.html");
    String bytes = Files.readString(page);
    Files.delete(page);
    BuildSummary afterDelete = build();
    assertFalse(afterDelete.upToDate());
    assertEquals(bytes, Files.readString(page));

    Files.writeString(page, bytes.replace("<h1", "<h2")); // same size, other bytes
    BuildSummary afterEdit = build();
    assertFalse(afterEdit.upToDate());
    assertEquals(1, afterEdit.filesWritten(), afterEdit.format());
    assertEquals(bytes, Files.readString(page));
  }

  @Test
  void otherCodeOrOptionsBuildAgain() throws Exception {
    build();
    Files.setLastModifiedTime(
        jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
    BuildSummary newCode = build();
    assertFalse(newCode.upToDate());
    assertEquals(0, newCode.filesWritten(), "same code in effect, same bytes");

    assertFalse(build("https://example.org/survey/").upToDate());
    assertTrue(build("https://example.org/survey/").upToDate());
    assertFalse(build().upToDate());
  }

  @Test
  void withoutAJarOrWithADamagedStateEveryBuildRuns() throws Exception {
    build();
    BuildOptions fromClasses =
        new BuildOptions(site.content(), site.templates(), site.out(), null, false, null);
    assertFalse(SiteBuilder.build(fromClasses).upToDate());

    build();
    Files.writeString(BuildState.fileOf(site.out()), "surveyor-state 1, cut short");
    BuildSummary damaged = build();
    assertFalse(damaged.upToDate());
    assertEquals(0, damaged.filesWritten());
    assertTrue(build().upToDate(), "the state is written again");
  }

  @Test
  void theStateIsKeptBesideTheSiteNeverInIt() throws Exception {
    build();
    assertTrue(Files.isRegularFile(dir.resolve("survey/.site.state")));
    try (Stream<Path> files = Files.walk(site.out())) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".state")));
    }
  }
}
