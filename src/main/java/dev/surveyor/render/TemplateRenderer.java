package dev.surveyor.render;

import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Severity;
import dev.surveyor.view.PageJob;
import dev.surveyor.view.Views.SiteView;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * Renders pages with Freemarker, configured once: pinned incompatible improvements, UTF-8,
 * auto-escaping {@code .ftlh}, errors rethrown and turned into {@code path:line:col} diagnostics.
 */
public final class TemplateRenderer {
  private final Configuration config;
  private final RecordObjectWrapper wrapper;
  private final Path templates;

  /**
   * What a template sees at its top: {@code site} and {@code page}, each wrapped once per page, so
   * the components a page asks for again and again are read and wrapped once.
   */
  private record Root(TemplateModel site, TemplateModel page) implements TemplateHashModel {
    @Override
    public TemplateModel get(String key) {
      return switch (key) {
        case "site" -> site;
        case "page" -> page;
        default -> null;
      };
    }

    @Override
    public boolean isEmpty() {
      return false;
    }
  }

  public TemplateRenderer(Path templates) throws ContentException {
    this.templates = templates;
    if (!Files.isDirectory(templates)) {
      throw new ContentException(
          Diagnostic.error(templates.toString(), 0, "templates directory not found"));
    }
    config = new Configuration(Configuration.VERSION_2_3_34);
    try {
      config.setDirectoryForTemplateLoading(templates.toFile());
    } catch (IOException e) {
      throw new ContentException(
          Diagnostic.error(templates.toString(), 0, "cannot read templates: " + e.getMessage()));
    }
    config.setDefaultEncoding(StandardCharsets.UTF_8.name());
    config.setOutputEncoding(StandardCharsets.UTF_8.name());
    config.setLocale(Locale.ROOT);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    config.setNumberFormat("computer");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setLocalizedLookup(false);
    // Templates format views; they may not instantiate classes (?new) or reach the Java API.
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
    wrapper = new RecordObjectWrapper(Configuration.VERSION_2_3_34);
    config.setObjectWrapper(wrapper);
    // .ftlh is HTML, escaped by default, as Freemarker's own extension rule makes it, in a format
    // that escapes straight into the page's bytes.
    config.setRecognizeStandardFileExtensions(false);
    TemplateConfiguration html = new TemplateConfiguration();
    html.setOutputFormat(HtmlOutput.INSTANCE);
    html.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
    config.setTemplateConfigurations(
        new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftlh"), html));
  }

  /**
   * Parses the folder's templates ({@code *.ftlh}, in name order) into the cache, so a build can do
   * it on an idle core before the first page needs them. A template that does not parse is dropped
   * from the cache again, for rendering to parse and report as it would have.
   */
  public TemplateRenderer prepared() {
    List<String> names;
    try (Stream<Path> files = Files.list(templates)) {
      names =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".ftlh"))
              .sorted()
              .toList();
    } catch (IOException e) {
      return this; // rendering reads them, and says what is wrong
    }
    for (String name : names) {
      try {
        config.getTemplate(name);
      } catch (IOException | RuntimeException e) {
        config.clearTemplateCache();
        break;
      }
    }
    return this;
  }

  public OutputFile render(PageJob job, SiteView site) throws ContentException {
    StringWriter out = new StringWriter(16 * 1024);
    try {
      render(job, site, out);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return new OutputFile(job.path(), out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Renders a page into {@code out} as it goes, so no page is held whole in memory. Thread-safe:
   * pages may render in parallel.
   *
   * @throws IOException when {@code out} cannot be written
   */
  public void render(PageJob job, SiteView site, Writer out) throws ContentException, IOException {
    String file = "templates/" + job.template();
    Template template;
    try {
      template = config.getTemplate(job.template());
    } catch (ParseException e) {
      throw parseError(e, file);
    } catch (IOException e) {
      throw new ContentException(
          Diagnostic.error(file, 0, "cannot read template: " + e.getMessage()));
    }
    try {
      template.process(new Root(wrapper.wrap(site), wrapper.wrap(job.page())), out);
    } catch (ParseException e) {
      throw parseError(e, file); // an imported template that does not parse
    } catch (TemplateException e) {
      String message = firstLine(e.getMessageWithoutStackTop());
      if (e.getBlamedExpressionString() != null && message.endsWith(":")) {
        message += " " + e.getBlamedExpressionString(); // "…evaluated to null or missing: page.x"
      }
      Integer line = e.getLineNumber();
      Integer column = e.getColumnNumber();
      throw new ContentException(
          located(
              e.getTemplateSourceName(),
              line == null ? 0 : line,
              column == null ? 0 : column,
              message + " (while rendering " + job.path() + ")",
              file));
    }
  }

  private static String firstLine(String message) {
    return message == null
        ? "template error"
        : message.lines().findFirst().orElse("template error");
  }

  private ContentException parseError(ParseException e, String file) {
    return new ContentException(
        located(
            e.getTemplateName(),
            e.getLineNumber(),
            e.getColumnNumber(),
            firstLine(e.getEditorMessage()),
            file));
  }

  private Diagnostic located(String name, int line, int column, String message, String fallback) {
    String file = name == null ? fallback : "templates/" + name;
    String source = "";
    if (name != null && line > 0) {
      try {
        List<String> lines = Files.readAllLines(templates.resolve(name), StandardCharsets.UTF_8);
        source = line <= lines.size() ? lines.get(line - 1) : "";
      } catch (IOException ignored) {
        source = ""; // the message still names file and line
      }
    }
    return new Diagnostic(Severity.ERROR, file, line, column, message, source);
  }
}
