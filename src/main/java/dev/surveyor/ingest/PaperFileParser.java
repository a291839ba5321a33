package dev.surveyor.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Severity;
import dev.surveyor.model.Layout;
import dev.surveyor.model.LineAccount;
import dev.surveyor.model.LineRole;
import dev.surveyor.model.NamedLink;
import dev.surveyor.model.Occurrence;
import dev.surveyor.model.PaperDetails;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.model.Provenance;
import dev.surveyor.model.SourceText;
import dev.surveyor.text.CapturedText;
import dev.surveyor.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads one paper kept as a Markdown file with YAML front matter, as Jekyll-style collections do:
 * {@code title}, {@code authors}, {@code year}, {@code venue} (or {@code conference}), {@code
 * tags}, {@code additional_links} and {@code link} in the front matter, the abstract as the body. A
 * file that cannot be read as a paper is reported at its line and skipped whole; every line of a
 * file gets a role, as for listings.
 */
public final class PaperFileParser {
  private static final Pattern ET_AL =
      Pattern.compile("(?i),?\\s*(?:et\\.? al\\.?|and others)\\s*$");
  private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b)\\s*");
  private static final Pattern KEY = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:");

  private final YamlReader yaml;

  public PaperFileParser(YamlReader yaml) {
    this.yaml = yaml;
  }

  /** Front matter of a paper file; keys we keep, and keys collections carry that we do not use. */
  record PaperFront(
      String title,
      JsonNode authors,
      Integer year,
      String venue,
      String conference,
      JsonNode tags,
      JsonNode additionalLinks,
      String link,
      JsonNode layout,
      JsonNode bibkey,
      JsonNode citations) {}

  /** Whether a source is a paper file: its first line opens front matter. */
  public static boolean isPaperFile(SourceText source) {
    return !source.lines().isEmpty() && source.line(1).strip().equals("---");
  }

  public SourceFormat.Result parse(SourceText source) {
    List<YamlReader.UnknownKey> unknown = new ArrayList<>();
    FrontMatter fm = FrontMatter.split(source);
    if (fm == null) {
      return skipped(source, 1, 0, "front matter opened with '---' is never closed", unknown);
    }
    PaperFront front;
    try {
      front = yaml.read(source, fm.yaml(), fm.yamlLine(), PaperFront.class, unknown::add);
    } catch (ContentException e) {
      Diagnostic d = e.diagnostics().get(0);
      return skipped(source, d.line(), d.column(), d.message(), unknown);
    }
    int titleLine = keyLine(source, fm, "title");
    if (front.title() == null || front.title().isBlank()) {
      return skipped(
          source, titleLine == 0 ? 1 : titleLine, 0, "a paper file needs a title", unknown);
    }
    List<Diagnostic> problems = new ArrayList<>(source.problems());
    List<String> authors = new ArrayList<>();
    boolean moreAuthors = authors(front.authors(), authors);
    if (front.authors() != null && !front.authors().isNull() && authors.isEmpty() && !moreAuthors) {
      problems.add(
          warning(source, keyLine(source, fm, "authors"), "'authors' names nobody; ignored"));
    }
    PaperDetails details =
        new PaperDetails(
            authors,
            moreAuthors,
            front.year(),
            text(front.venue() != null ? front.venue() : front.conference()),
            strings(front.tags()),
            links(source, fm, front, problems));
    String abstractText =
        CapturedText.readableAbstract(
            Text.collapseSpaces(fm.body()),
            front.title() == null ? "" : Text.collapseSpaces(front.title()));
    if (abstractText.isEmpty()) {
      problems.add(
          warning(source, fm.bodyLine(), "no abstract: the body after the front matter is empty"));
    }
    int line = titleLine == 0 ? 1 : titleLine;
    Occurrence record =
        new Occurrence(
            new Provenance(source.file(), line),
            source.lines().size(),
            CapturedText.readable(Text.collapseSpaces(front.title())),
            abstractText,
            null,
            null,
            null,
            null,
            details);
    return new SourceFormat.Result(
        new ParsedListing(
            source.file(),
            Layout.FRONT_MATTER,
            List.of(record),
            roles(source, fm, titleLine),
            problems),
        unknown);
  }

  /** Fills {@code names}; true when the list ends in "et al.". A string is split at commas. */
  private static boolean authors(JsonNode node, List<String> names) {
    if (node == null || node.isNull()) {
      return false;
    }
    List<String> parts = new ArrayList<>();
    boolean more = false;
    if (node.isArray()) {
      node.forEach(n -> parts.add(n.asText()));
    } else {
      String line = node.asText();
      var m = ET_AL.matcher(line);
      if (m.find()) {
        more = true;
        line = line.substring(0, m.start());
      }
      parts.addAll(Arrays.asList(AUTHOR_SEPARATOR.split(line)));
    }
    for (String part : parts) {
      String name = Text.collapseSpaces(part);
      if (ET_AL.matcher(name).matches() || name.equalsIgnoreCase("et al.")) {
        more = true;
      } else if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return more;
  }

  /** A scalar or a list of scalars as strings, blanks dropped; a string with commas is split. */
  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    List<String> raw = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> raw.add(n.isValueNode() ? n.asText() : ""));
    } else {
      raw.addAll(Arrays.asList(node.asText().split(",")));
    }
    for (String s : raw) {
      String tag = Text.collapseSpaces(s);
      if (!tag.isEmpty() && !out.contains(tag)) {
        out.add(tag);
      }
    }
    return out;
  }

  /** {@code additional_links} ({@code {name, url}} maps or bare URLs) and {@code link}. */
  private static List<NamedLink> links(
      SourceText source, FrontMatter fm, PaperFront front, List<Diagnostic> problems) {
    List<NamedLink> links = new ArrayList<>();
    JsonNode given = front.additionalLinks();
    if (given != null && !given.isNull()) {
      int line = keyLine(source, fm, "additional_links");
      for (JsonNode entry : given.isArray() ? given : List.of(given)) {
        String url = entry.isObject() ? entry.path("url").asText("") : entry.asText("");
        String name = entry.isObject() ? entry.path("name").asText("") : "";
        add(
            links,
            name.isBlank() ? "Link" : Text.collapseSpaces(name),
            url,
            source,
            line,
            problems);
      }
    }
    if (front.link() != null) {
      add(links, "Link", front.link(), source, keyLine(source, fm, "link"), problems);
    }
    return links;
  }

  private static void add(
      List<NamedLink> links,
      String name,
      String url,
      SourceText source,
      int line,
      List<Diagnostic> problems) {
    String trimmed = url.strip();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("https://") || lower.startsWith("http://")) || trimmed.contains(" ")) {
      problems.add(warning(source, line, "not an http(s) link: '" + trimmed + "'; ignored"));
    } else if (links.stream().noneMatch(l -> l.url().equals(trimmed))) {
      links.add(new NamedLink(name, trimmed));
    }
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : Text.collapseSpaces(value);
  }

  /** The line of a top-level front-matter key, or 0 when it is not there. */
  private static int keyLine(SourceText source, FrontMatter fm, String key) {
    for (int line = fm.yamlLine(); line < fm.bodyLine() - 1; line++) {
      var m = KEY.matcher(source.line(line));
      if (m.find() && m.group(1).equals(key)) {
        return line;
      }
    }
    return 0;
  }

  /** Front matter is metadata except the title's lines; the body is the abstract. */
  private static List<LineAccount> roles(SourceText source, FrontMatter fm, int titleLine) {
    List<LineAccount> lines = new ArrayList<>(source.lines().size());
    boolean inTitle = false;
    for (int line = 1; line <= source.lines().size(); line++) {
      String text = source.line(line);
      LineRole role;
      if (line >= fm.bodyLine()) {
        role = text.isBlank() ? LineRole.BLANK : LineRole.ABSTRACT;
      } else {
        // A title may continue on indented lines below its key.
        inTitle = line == titleLine || inTitle && line < fm.bodyLine() - 1 && text.startsWith(" ");
        role = inTitle ? LineRole.TITLE : text.isBlank() ? LineRole.BLANK : LineRole.METADATA;
      }
      lines.add(new LineAccount(line, role, null));
    }
    return lines;
  }

  private static SourceFormat.Result skipped(
      SourceText source, int line, int column, String reason, List<YamlReader.UnknownKey> unknown) {
    List<LineAccount> lines = new ArrayList<>(source.lines().size());
    for (int l = 1; l <= source.lines().size(); l++) {
      lines.add(new LineAccount(l, LineRole.REJECTED, reason));
    }
    List<Diagnostic> problems = new ArrayList<>(source.problems());
    problems.add(
        new Diagnostic(
            Severity.WARNING,
            source.file(),
            line,
            column,
            reason + "; file skipped",
            source.line(line)));
    return new SourceFormat.Result(
        new ParsedListing(source.file(), Layout.FRONT_MATTER, List.of(), lines, problems), unknown);
  }

  private static Diagnostic warning(SourceText source, int line, String message) {
    return new Diagnostic(Severity.WARNING, source.file(), line, 0, message, source.line(line));
  }
}
