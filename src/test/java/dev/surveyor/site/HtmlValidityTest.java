package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.support.NuChecker;
import dev.surveyor.support.RealBuild;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page of the real survey through the Nu HTML Checker (the engine behind
 * validator.w3.org/nu).
 */
class HtmlValidityTest {
  @Test
  void everyPageIsValidHtml() throws Exception {
    Path site = RealBuild.out();
    List<Path> pages = htmlFiles(site);
    NuChecker.Messages messages = NuChecker.check(site, pages);
    System.out.printf(
        "Nu HTML Checker: %d pages, %d errors, %d warnings%n",
        pages.size(), messages.errors().size(), messages.warnings().size());
    messages.errors().forEach(e -> System.out.println("error: " + e));
    messages.warnings().stream().limit(20).forEach(w -> System.out.println("warning: " + w));
    assertEquals(
        469,
        pages.stream().filter(p -> p.getParent().endsWith("papers")).count(),
        "every paper page was checked");
    assertEquals(List.of(), messages.errors(), "Nu HTML Checker errors");
  }

  private static List<Path> htmlFiles(Path site) {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
