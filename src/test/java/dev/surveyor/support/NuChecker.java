package dev.surveyor.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Pages of a built site through the Nu HTML Checker (the engine behind validator.w3.org/nu). */
public final class NuChecker {
  private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private NuChecker() {}

  /**
   * What the checker said about {@code pages} (files under {@code site}), as {@code page:line:col:
   * message}.
   */
  public record Messages(List<String> errors, List<String> warnings) {}

  public static Messages check(Path site, List<Path> pages) throws Exception {
    Collector messages = new Collector();
    // No log4j set-up, no URL logging, no language detection (our pages declare lang="en").
    SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
    validator.setUpMainSchema(HTML5_SCHEMA, messages);
    validator.setUpValidatorAndParsers(messages, true, false);
    for (Path page : pages) {
      messages.page = site.relativize(page).toString();
      validator.checkHtmlFile(page.toFile(), true);
    }
    return new Messages(List.copyOf(messages.errors), List.copyOf(messages.warnings));
  }

  private static final class Collector implements ErrorHandler {
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
