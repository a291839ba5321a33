package dev.surveyor.ingest;

import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.diag.Severity;
import dev.surveyor.link.Urls;
import dev.surveyor.model.Markdown;
import dev.surveyor.model.Provenance;
import dev.surveyor.model.SourceText;
import dev.surveyor.text.Slugs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The curated Markdown files of one folder (themes, papers, pages): each named by a slug, with YAML
 * front matter read into a record and a Markdown body. A file whose name, front matter or YAML is
 * wrong is reported and left out, the others still read.
 */
final class CuratedFiles {
  /** A curated Markdown file whose front matter parsed: its slug, front matter and body. */
  record Curated<T>(
      String slug, String file, T front, Markdown body, SourceText text, FrontMatter fm) {

    /** The line of a top-level front-matter key, or 0 when it is not there. */
    int keyLine(String key) {
      for (int line = fm.yamlLine(); line < fm.bodyLine() - 1; line++) {
        if (text.line(line).startsWith(key + ":")) {
          return line;
        }
      }
      return 0;
    }
  }

  private final ContentFiles files;
  private final YamlReader yaml;
  private final Diagnostics diagnostics;

  CuratedFiles(ContentFiles files, YamlReader yaml, Diagnostics diagnostics) {
    this.files = files;
    this.yaml = yaml;
    this.diagnostics = diagnostics;
  }

  /** Every {@code folder/*.md} with valid slug and front matter; problems go to diagnostics. */
  <T> List<Curated<T>> read(String folder, Class<T> type) {
    return read(folder, type, file -> false);
  }

  /** As above, leaving out the files {@code skip} names (relative paths). */
  <T> List<Curated<T>> read(String folder, Class<T> type, Predicate<String> skip) {
    List<Curated<T>> read = new ArrayList<>();
    for (Path file : files.markdownFiles(folder)) {
      if (skip.test(files.relative(file))) {
        continue;
      }
      SourceText text = files.readText(file);
      String slug = slugOf(file, text);
      if (text == null || slug == null) {
        continue;
      }
      FrontMatter fm = split(text);
      T front = fm == null ? null : parse(text, fm, type);
      if (front != null) {
        Markdown body = new Markdown(fm.body(), new Provenance(text.file(), fm.bodyLine()));
        read.add(new Curated<>(slug, text.file(), front, body, text, fm));
      }
    }
    return read;
  }

  /**
   * The file's slug, or null (reported) when its name is not one or, outside {@code papers/}, names
   * a page the site always has.
   */
  private String slugOf(Path file, SourceText text) {
    String name = file.getFileName().toString();
    String slug = name.substring(0, name.length() - ".md".length());
    String relative = files.relative(file);
    if (!Slugs.isValid(slug)) {
      diagnostics.report(
          Diagnostic.error(
              relative,
              0,
              "file name must be a slug (lowercase letters, digits, hyphens): " + name));
      return null;
    }
    if (!relative.startsWith("papers/") && Urls.isReserved(slug)) {
      diagnostics.report(
          Diagnostic.error(
              relative, 0, "'" + slug + "' is reserved for a page the site always has"));
      return null;
    }
    return text == null ? null : slug;
  }

  /** The file split at its front matter; null (reported) for binary data or an unclosed one. */
  FrontMatter split(SourceText text) {
    if (text.looksBinary()) {
      diagnostics.report(Diagnostic.error(text.file(), 1, "binary data, not a Markdown file"));
      return null;
    }
    FrontMatter fm = FrontMatter.split(text);
    if (fm == null) {
      diagnostics.report(
          new Diagnostic(
              Severity.ERROR,
              text.file(),
              1,
              1,
              "front matter opened with '---' is never closed",
              text.line(1)));
    }
    return fm;
  }

  /** The front matter read into {@code type}; null when its YAML is wrong (reported). */
  <T> T parse(SourceText text, FrontMatter fm, Class<T> type) {
    try {
      return yaml.read(text, fm.yaml(), fm.yamlLine(), type);
    } catch (ContentException e) {
      diagnostics.reportAll(e.diagnostics());
      return null;
    }
  }

  /** An error about a top-level front-matter key's value, pointing at the value. */
  static Diagnostic atKey(SourceText text, String key, String problem) {
    List<String> lines = text.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(key + ":")) {
        int column = key.length() + 2;
        while (column <= line.length() && line.charAt(column - 1) == ' ') {
          column++;
        }
        return new Diagnostic(
            Severity.ERROR, text.file(), i + 1, column, key + " " + problem, line);
      }
    }
    return Diagnostic.error(text.file(), 1, key + " " + problem);
  }
}
