package dev.surveyor.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Severity;
import dev.surveyor.json.Json;
import dev.surveyor.model.Layout;
import dev.surveyor.model.LineAccount;
import dev.surveyor.model.LineRole;
import dev.surveyor.model.ListingDate;
import dev.surveyor.model.NamedLink;
import dev.surveyor.model.Occurrence;
import dev.surveyor.model.PaperDetails;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.model.Provenance;
import dev.surveyor.model.SourceText;
import dev.surveyor.text.CapturedText;
import dev.surveyor.text.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON Lines, as paper APIs and dumps export them ({@code *.jsonl}): one paper per line, a JSON
 * object with {@code title}, {@code abstract}, {@code authors} (a list, or a string split at
 * commas), {@code date} (ISO: {@code 2025-03-18}, or {@code 2024-05} and {@code 2024} for the year
 * alone), {@code arxiv_id} and {@code url}; other keys are a dump's own and ignored. A line that
 * cannot be read is rejected and reported at its line and column; the lines after it are still
 * read. A good line is the record's title line, a blank one blank.
 */
final class JsonLinesFormat implements SourceFormat {
  private static final List<String> SUFFIXES = List.of(".jsonl");
  private static final JsonFactory JSON = Json.factory();
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern ARXIV = Pattern.compile("^https?://(?:www\\.)?arxiv\\.org/");
  private static final Pattern ARXIV_ID =
      Pattern.compile("\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z-]+(?:\\.[A-Z]{2})?/\\d{7}(?:v\\d+)?");
  private static final Pattern COMMA = Pattern.compile(",");

  /** Problems of lines reported one by one per file; the report lists every rejected line. */
  private static final int REPORTED_LINES = 20;

  @Override
  public List<String> suffixes() {
    return SUFFIXES;
  }

  @Override
  public boolean claims(SourceText source) {
    return SourceFormat.named(source, SUFFIXES);
  }

  @Override
  public Result parse(SourceText source) {
    List<Occurrence> records = new ArrayList<>();
    List<LineAccount> roles = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>(source.problems());
    // Rejected lines and kept papers' problems alike, in line order, so a long export with the
    // same fault on every line prints twenty of them, not thousands.
    List<Diagnostic> lineProblems = new ArrayList<>();
    if (source.looksBinary()) {
      for (int line = 1; line <= source.lines().size(); line++) {
        roles.add(new LineAccount(line, LineRole.REJECTED, "binary data"));
      }
      problems.add(Diagnostic.warning(source.file(), 1, "binary data, not JSON Lines; skipped"));
      return new Result(new ParsedListing(source.file(), Layout.EMPTY, records, roles, problems));
    }
    for (int line = 1; line <= source.lines().size(); line++) {
      String text = source.line(line);
      if (text.isBlank()) {
        roles.add(new LineAccount(line, LineRole.BLANK, null));
        continue;
      }
      Line read = new Line(source, line);
      try {
        records.add(read.record(lineProblems));
        roles.add(new LineAccount(line, LineRole.TITLE, null));
      } catch (Rejected e) {
        roles.add(new LineAccount(line, LineRole.REJECTED, e.getMessage()));
        lineProblems.add(
            new Diagnostic(
                Severity.WARNING,
                source.file(),
                line,
                e.column,
                e.getMessage() + "; line skipped",
                text));
      }
    }
    problems.addAll(lineProblems.subList(0, Math.min(REPORTED_LINES, lineProblems.size())));
    if (lineProblems.size() > REPORTED_LINES) {
      problems.add(
          Diagnostic.warning(
              source.file(),
              lineProblems.get(REPORTED_LINES).line(),
              "this and "
                  + (lineProblems.size() - REPORTED_LINES - 1)
                  + " more problems of lines not shown;"
                  + " data/report.json lists every rejected line with its reason"));
    }
    if (records.isEmpty()) {
      problems.add(
          Diagnostic.warning(
              source.file(),
              1,
              roles.isEmpty() ? "empty file; no records read" : "no paper read from this file"));
    }
    Layout layout = records.isEmpty() ? Layout.EMPTY : Layout.JSON_LINES;
    return new Result(new ParsedListing(source.file(), layout, records, roles, problems));
  }

  /** Why a line is not a paper, and the column to point at. */
  private static final class Rejected extends Exception {
    private final int column;

    Rejected(String reason, int column) {
      super(reason, null, false, false);
      this.column = column;
    }
  }

  /** A value of the line's object and the column it starts at. */
  private record Field(JsonNode value, int column) {}

  /** One line being read; confined to a single call. */
  private static final class Line {
    private final SourceText source;
    private final int line;
    private final Map<String, Field> fields = new HashMap<>();

    Line(SourceText source, int line) {
      this.source = source;
      this.line = line;
    }

    Occurrence record(List<Diagnostic> problems) throws Rejected {
      readObject();
      String title = text("title");
      if (title.isEmpty()) {
        throw new Rejected(
            fields.containsKey("title") ? "the title is empty" : "a paper needs a title",
            column("title"));
      }
      String abstractText = text("abstract");
      if (abstractText.isEmpty()) {
        problems.add(warning("abstract", "no abstract"));
      }
      List<String> authors = authors(problems);
      ListingDate date = null;
      Integer year = null;
      Field dateField = fields.get("date");
      if (present(dateField)) {
        Matcher m = DATE.matcher(dateField.value().asText("").strip());
        if (!dateField.value().isTextual() || !m.matches() || !validDate(m)) {
          problems.add(warning("date", "'date' must be YYYY-MM-DD, YYYY-MM or YYYY; ignored"));
        } else if (m.group(3) != null) {
          date =
              new ListingDate(
                  m.group(),
                  Integer.parseInt(m.group(2)),
                  Integer.parseInt(m.group(3)),
                  Integer.parseInt(m.group(1)),
                  true);
        } else {
          year = Integer.parseInt(m.group(1));
        }
      }
      PaperDetails details =
          new PaperDetails(authors, false, year, null, List.of(), links(problems));
      return new Occurrence(
          new Provenance(source.file(), line),
          line,
          title,
          abstractText,
          null,
          null,
          date,
          null,
          details);
    }

    /** The line's top-level keys with where their values start; nested values are kept whole. */
    private void readObject() throws Rejected {
      String text = source.line(line);
      try (JsonParser parser = JSON.createParser(text)) {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
          throw new Rejected("not a JSON object", column(parser.currentTokenLocation()));
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          int column = column(parser.currentTokenLocation());
          JsonNode value = parser.readValueAsTree();
          fields.putIfAbsent(name, new Field(value, column)); // the first of a repeated key
        }
        if (parser.nextToken() != null) {
          throw new Rejected(
              "more after the object: one paper per line", column(parser.currentTokenLocation()));
        }
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        throw new Rejected(
            "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""),
            at == null ? 1 : column(at));
      } catch (IOException e) {
        throw new IllegalStateException("reading a string cannot fail", e);
      }
    }

    /** A text field, readable and with spaces collapsed; "" when absent or not a string. */
    private String text(String key) throws Rejected {
      Field field = fields.get(key);
      if (!present(field)) {
        return "";
      }
      if (!field.value().isTextual()) {
        throw new Rejected("'" + key + "' must be a string", field.column());
      }
      return CapturedText.readable(Text.collapseSpaces(field.value().asText()));
    }

    private List<String> authors(List<Diagnostic> problems) {
      Field field = fields.get("authors");
      List<String> names = new ArrayList<>();
      if (!present(field)) {
        return names;
      }
      List<JsonNode> parts = new ArrayList<>();
      if (field.value().isArray()) {
        field.value().forEach(parts::add);
      } else {
        parts.add(field.value());
      }
      for (JsonNode part : parts) {
        if (!part.isTextual()) {
          problems.add(warning("authors", "'authors' must be a list of names; ignored"));
          return List.of();
        }
        // A list names one author an item; a single string is "A, B, C".
        String[] given =
            field.value().isArray() ? new String[] {part.asText()} : COMMA.split(part.asText());
        for (String name : given) {
          String clean = Text.collapseSpaces(name);
          if (!clean.isEmpty()) {
            names.add(clean);
          }
        }
      }
      return names;
    }

    /** {@code url}, and the arXiv page of {@code arxiv_id} when the url is not on arXiv. */
    private List<NamedLink> links(List<Diagnostic> problems) {
      List<NamedLink> links = new ArrayList<>();
      String url = plain("url");
      if (url != null) {
        String lower = url.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("https://") || lower.startsWith("http://")) && !url.contains(" ")) {
          links.add(new NamedLink("Link", url));
        } else {
          problems.add(warning("url", "not an http(s) link: '" + url + "'; ignored"));
        }
      }
      String arxiv = plain("arxiv_id");
      if (arxiv != null && !ARXIV_ID.matcher(arxiv).matches()) {
        problems.add(warning("arxiv_id", "not an arXiv identifier: '" + arxiv + "'; ignored"));
      } else if (arxiv != null && links.stream().noneMatch(l -> ARXIV.matcher(l.url()).find())) {
        links.add(new NamedLink("arXiv", "https://arxiv.org/abs/" + arxiv));
      }
      return links;
    }

    /** A string field stripped, or null when absent, blank or not a string. */
    private String plain(String key) {
      Field field = fields.get(key);
      if (!present(field) || !field.value().isTextual() || field.value().asText().isBlank()) {
        return null;
      }
      return field.value().asText().strip();
    }

    private static boolean present(Field field) {
      return field != null && field.value() != null && !field.value().isNull();
    }

    private int column(String key) {
      Field field = fields.get(key);
      return field == null ? 1 : field.column();
    }

    private Diagnostic warning(String key, String message) {
      return new Diagnostic(
          Severity.WARNING, source.file(), line, column(key), message, source.line(line));
    }

    private static int column(JsonLocation at) {
      return Math.max(1, at.getColumnNr());
    }

    private static boolean validDate(Matcher m) {
      int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }
  }
}
