package dev.surveyor.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surveyor.publish.PublishException;
import dev.surveyor.publish.SiteWriter;
import dev.surveyor.render.OutputFile;
import dev.surveyor.support.MiniSite;
import dev.surveyor.support.Run;
import dev.surveyor.text.Slugs;
import dev.surveyor.text.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing a listing, curator or template says can write outside the output directory or read
 * outside the content directory, the output cannot overwrite its own inputs, and slugs that collide
 * or look like paths are resolved the same way on every build.
 */
class PathSafetyTest {
  private static MiniSite site(Path dir) {
    return new MiniSite(dir)
        .file("survey.md", "---\ntitle: Paths\nlisting_year: 2025\n---\nIntro.\n")
        .file("sources/listing.txt", "A Paper\n" + BrokenFilesTest.ABSTRACT + "\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../escape.html",
        "/etc/evil.html",
        "papers/../../escape.html",
        "a//b.html",
        "papers/./x.html",
        "",
        "x\u0000.html",
        "C:\\evil.html",
        ".surveyor-manifest",
        "papers/..",
        "%2e%2e/escape.html"
      })
  void theWriterRefusesEveryPathThatIsNotPlainlyInsideTheSite(String path, @TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("site");
    try (SiteWriter writer = SiteWriter.open(out)) {
      assertThrows(PublishException.class, () -> writer.add(new OutputFile(path, new byte[] {1})));
    }
    try (var files = Files.walk(dir)) {
      assertEquals(
          List.of(),
          files
              .filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().endsWith(".lock"))
              .toList());
    }
  }

  @Test
  void theWriterWillNotFollowALinkOutOfTheSite(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("site");
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createDirectories(out);
    Files.createSymbolicLink(out.resolve("papers"), elsewhere);
    try (SiteWriter writer = SiteWriter.open(out)) {
      PublishException e =
          assertThrows(
              PublishException.class,
              () -> writer.add(new OutputFile("papers/x.html", new byte[] {1})));
      assertTrue(e.getMessage().contains("through a link that leads out of"), e.getMessage());
    }
    try (var files = Files.list(elsewhere)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void staleFilesBehindALinkOutOfTheSiteAreNeverDeleted(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("site");
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("keep.html"), "precious");
    Files.createDirectories(out);
    Files.createSymbolicLink(out.resolve("papers"), elsewhere);
    // A manifest, planted or left by an older build, claiming the file behind the link.
    Files.writeString(out.resolve(".surveyor-manifest"), "papers/keep.html\n../x\n/etc/passwd\n");
    try (SiteWriter writer = SiteWriter.open(out)) {
      writer.add(new OutputFile("index.html", new byte[] {1}));
      assertEquals(0, writer.commit().removed());
    }
    assertEquals("precious", Files.readString(elsewhere.resolve("keep.html")));
  }

  @Test
  void theOutputMayNotBeTheContentItsParentOrTheRoot(@TempDir Path dir) throws Exception {
    MiniSite mini = site(dir);
    Path linkToContent = Files.createSymbolicLink(dir.resolve("looks-harmless"), mini.content());
    for (Path out :
        List.of(
            mini.content(),
            dir,
            Path.of("/"),
            linkToContent,
            mini.content().resolve("sources/.."),
            mini.templates())) {
      Run run =
          Run.of(
              "build",
              "--content",
              mini.content().toString(),
              "--templates",
              mini.templates().toString(),
              "--out",
              out.toString());
      assertEquals(1, run.exitCode(), out + ": " + run.err());
      assertTrue(run.err().startsWith("surveyor: the output directory "), run.err());
      assertTrue(run.err().contains(" may not be "), run.err());
    }
    assertEquals(List.of("listing.txt"), list(mini.content().resolve("sources")));
    assertFalse(Files.exists(mini.content().resolve("index.html")));
  }

  @Test
  void contentLinkedFromOutsideIsRefused(@TempDir Path dir) throws Exception {
    MiniSite mini = site(dir.resolve("site-root"));
    Path secrets = Files.createDirectories(dir.resolve("secrets"));
    Files.writeString(
        secrets.resolve("secret.txt"), "Secret Title\n" + BrokenFilesTest.ABSTRACT + "\n");
    Files.writeString(secrets.resolve("secret.md"), "---\nname: Secret\n---\nSecret intro.\n");
    Files.createSymbolicLink(
        mini.content().resolve("sources/linked.txt"), secrets.resolve("secret.txt"));
    Files.createSymbolicLink(
        mini.content().resolve("themes"), secrets); // a whole folder linked out
    Run run = Run.of(mini.buildArgs());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .contains(
                "sources/linked.txt: error: symbolic link points outside the content directory"),
        run.err());
    assertTrue(
        run.err()
            .contains(
                "themes/secret.md: error: symbolic link points outside the content directory"),
        run.err());
    assertFalse(Files.exists(mini.out()));

    Files.delete(mini.content().resolve("themes"));
    Files.delete(mini.content().resolve("survey.md"));
    Files.writeString(secrets.resolve("survey.md"), "---\ntitle: Stolen\n---\n");
    Files.createSymbolicLink(mini.content().resolve("survey.md"), secrets.resolve("survey.md"));
    Run survey = Run.of(mini.buildArgs());
    assertEquals(1, survey.exitCode(), survey.err());
    assertTrue(
        survey
            .err()
            .contains("survey.md: error: symbolic link points outside the content directory"),
        survey.err());
  }

  @Test
  void aLinkInsideTheContentIsFollowed(@TempDir Path dir) throws Exception {
    MiniSite mini = site(dir);
    Files.createDirectories(mini.content().resolve("archive"));
    Files.writeString(
        mini.content().resolve("archive/old.txt"),
        "An Old Paper\n" + BrokenFilesTest.ABSTRACT + "\n");
    Files.createSymbolicLink(
        mini.content().resolve("sources/old.txt"), Path.of("../archive/old.txt"));
    Run run = Run.of(mini.buildArgs());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.exists(mini.out().resolve("papers/an-old-paper.html")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "index",
        "papers",
        "papers-2",
        "papers-17",
        "404",
        "data",
        "assets",
        "other",
        "themes",
        "search"
      })
  void reservedNamesCannotBeThemesOrPages(String slug, @TempDir Path dir) {
    MiniSite mini =
        site(dir)
            .file("pages/" + slug + ".md", "---\ntitle: X\n---\n")
            .file("themes/" + slug + ".md", "---\nname: X\n---\n");
    Run run = Run.of(mini.buildArgs());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(
        run.err().contains("pages/" + slug + ".md: error: '" + slug + "' is reserved"), run.err());
    assertTrue(
        run.err().contains("themes/" + slug + ".md: error: '" + slug + "' is reserved"), run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UPPER.md", "with space.md", "-dash.md", "dots.in.name.md", "%2e%2e.md"})
  void curatedFileNamesMustBeSlugs(String name, @TempDir Path dir) {
    MiniSite mini = site(dir).file("pages/" + name, "---\ntitle: X\n---\n");
    Run run = Run.of(mini.buildArgs());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(
        run.err().startsWith("pages/" + name + ": error: file name must be a slug"), run.err());
  }

  @Test
  void pathLikeAndCollidingTitlesGetSafeSlugsTheSameWayWhateverTheListingOrder(@TempDir Path dir)
      throws Exception {
    List<String> titles =
        List.of(
            "../../etc/passwd",
            "/absolute/path.html",
            "Café Study",
            "Cafe Study",
            "CAFÉ  study!",
            "中文标题",
            "日本語のタイトル",
            "Paper 2",
            "index",
            "404",
            "con",
            "A".repeat(200),
            "\u202Egnp.exe");
    MiniSite mini = site(dir);
    StringBuilder forward = new StringBuilder();
    StringBuilder backward = new StringBuilder();
    for (int i = 0; i < titles.size(); i++) {
      forward
          .append(titles.get(i))
          .append('\n')
          .append(BrokenFilesTest.ABSTRACT)
          .append(" ")
          .append(i)
          .append('\n');
      int j = titles.size() - 1 - i;
      backward
          .append(titles.get(j))
          .append('\n')
          .append(BrokenFilesTest.ABSTRACT)
          .append(" ")
          .append(j)
          .append('\n');
    }
    mini.file("sources/listing.txt", forward.toString());
    assertEquals(0, Run.of(mini.buildArgs()).exitCode());
    Map<String, String> first = slugsByTitle(mini.out());
    mini.file("sources/listing.txt", "").file("sources/z-reversed.txt", backward.toString());
    Run again = Run.of(mini.buildArgs());
    assertEquals(0, again.exitCode(), again.err());
    assertEquals(first, slugsByTitle(mini.out()), "slugs do not depend on listing order");

    assertEquals(titles.size() - 1, first.size(), "Café Study and CAFÉ  study! are one paper");
    assertEquals(first.size(), first.values().stream().distinct().count());
    assertTrue(first.values().stream().allMatch(Slugs::isValid), first.toString());
    Map<String, String> expected = new TreeMap<>();
    String[][] pairs = {
      {"../../etc/passwd", "etc-passwd"},
      {"/absolute/path.html", "absolute-path-html"},
      {"Cafe Study", "cafe-study"},
      {"Café Study", "cafe-study-2"},
      {"Paper 2", "paper-2"},
      {"中文标题", "paper"},
      {"日本語のタイトル", "paper-3"},
      {"index", "index"},
      {"404", "404"},
      {"con", "con"},
      {"A".repeat(200), "a".repeat(60)},
      {"\u202Egnp.exe", "gnp-exe"}
    };
    for (String[] pair : pairs) {
      expected.put(Text.titleKey(pair[0]), pair[1]);
    }
    assertEquals(expected, first);
    assertTrue(Files.isRegularFile(mini.out().resolve("papers/index.html")));
    assertTrue(
        Files.isRegularFile(mini.out().resolve("index.html")), "the home page is not replaced");
  }

  private static Map<String, String> slugsByTitle(Path out) throws Exception {
    Map<String, String> slugs = new TreeMap<>();
    for (JsonNode p : new ObjectMapper().readTree(out.resolve("data/papers.json").toFile())) {
      slugs.put(
          Text.titleKey(p.get("title").asText()), p.get("slug").asText()); // titles vary by order
    }
    return slugs;
  }

  private static List<String> list(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
