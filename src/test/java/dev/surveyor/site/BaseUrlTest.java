package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.surveyor.support.MiniSite;
import dev.surveyor.support.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A base URL that cannot make absolute links is refused before anything is written. */
class BaseUrlTest {
  private static MiniSite site(Path dir, String baseUrl) {
    return new MiniSite(dir)
        .file("survey.md", "---\ntitle: Survey\nbase_url:  " + baseUrl + "\n---\nIntro.\n")
        .file(
            "sources/listing.txt",
            "A Title\nAn abstract that is long enough to be one, about"
                + " fine-tuning language models with few parameters and careful data.\n"
                + "Another Title\nAnother abstract long enough to be one, about fine-tuning language"
                + " models on careful data with many parameters.\n");
  }

  @Test
  void aRelativeBaseUrlInSurveyMdFailsWithFileLineAndColumn(@TempDir Path dir) {
    MiniSite mini = site(dir, "example.org/survey");
    Run run = Run.of(mini.buildArgs());
    assertEquals(1, run.exitCode());
    assertTrue(
        run.err()
            .startsWith(
                "survey.md:3:12: error: base_url must be an absolute http(s) URL"
                    + " such as https://example.org/survey/, not 'example.org/survey'"),
        run.err());
    assertFalse(Files.exists(mini.out()));
  }

  @Test
  void aBadBaseUrlFlagIsAUsageError(@TempDir Path dir) {
    MiniSite mini = site(dir, "https://example.org/survey/");
    Run run = Run.of(mini.buildArgs("--base-url", "ftp://example.org/"));
    assertEquals(2, run.exitCode());
    assertTrue(
        run.err().startsWith("surveyor: --base-url must be an absolute http(s) URL"), run.err());
    assertFalse(Files.exists(mini.out()));
  }

  @Test
  void aGoodBaseUrlFromSurveyMdIsUsed(@TempDir Path dir) throws Exception {
    MiniSite mini = site(dir, "https://example.org/survey");
    assertEquals(0, Run.of(mini.buildArgs()).exitCode());
    assertTrue(
        Files.readString(mini.out().resolve("robots.txt"))
            .endsWith("Sitemap: https://example.org/survey/sitemap.xml\n"));
  }
}
