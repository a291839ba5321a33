package dev.surveyor.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surveyor.support.RealBuild;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of the real survey through the Nu HTML Checker (the engine behind validator.w3.org/nu). */
class HtmlValidityTest {
  private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  @Test
  void everyPageIsValidHtml() throws Exception {
    Path site = RealBuild.out();
    List<Path> pages = htmlFiles(site);
    Messages messages = new Messages();
    // No log4j set-up, no URL logging, no language detection (our pages declare lang="en").
    SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
    validator.setUpMainSchema(HTML5_SCHEMA, messages);
    validator.setUpValidatorAndParsers(messages, true, false);
    for (Path page : pages) {
      messages.page = site.relativize(page).toString();
      validator.checkHtmlFile(page.toFile(), true);
    }
    System.out.printf("Nu HTML Checker: %d pages, %d errors, %d warnings%n",
        pages.size(), messages.errors.size(), messages.warnings.size());
    messages.errors.forEach(e -> System.out.println("error: " + e));
    messages.warnings.stream().limit(20).forEach(w -> System.out.println("warning: " + w));
    assertEquals(469, pages.stream().filter(p -> p.getParent().endsWith("papers")).count(),
        "every paper page was checked");
    assertEquals(List.of(), messages.errors, "Nu HTML Checker errors");
  }

  private static List<Path> htmlFiles(Path site) {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Collects the checker's messages as {@code page:line:col: message}. */
  private static final class Messages implements ErrorHandler {
    final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    String page = "(schema)";

    @Override
    public void warning(SAXParseException e) {
      warnings.add(format(e));
    }

    @Override
    public void error(SAXParseException e) {
      errors.add(format(e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      errors.add(format(e));
    }

    private String format(SAXParseException e) {
      return page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }
  }
}
