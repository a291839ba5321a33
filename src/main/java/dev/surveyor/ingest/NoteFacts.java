package dev.surveyor.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.diag.Severity;
import dev.surveyor.ingest.CuratedFiles.Curated;
import dev.surveyor.ingest.NoteReader.NoteFront;
import dev.surveyor.model.CuratedFacts;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a paper's note states about the paper itself: {@code authors}, {@code url} (its own
 * page, http or https), {@code arxiv} (an identifier, "2401.01234" or "hep-th/9901001", a version
 * dropped), {@code year} and {@code date} (ISO). A value that is not what its key asks for is an
 * error at its file, line and column, and is left out.
 */
final class NoteFacts {
  // YYMM.NNNNN: the month is 01-12; four digits after the dot until 2014, five since.
  private static final Pattern NEW_ID = Pattern.compile("(\\d{2})(\\d{2})\\.(\\d{4,5})(?:v\\d+)?");
  private static final Pattern OLD_ID =
      Pattern.compile("([a-z-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?");
  private static final Pattern PREFIX = Pattern.compile("(?i)^arxiv:\\s*");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  // The years a paper of this field can carry; a typo ("20245", "1025") is caught.
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2099;

  private final YamlReader yaml;
  private final Diagnostics diagnostics;

  NoteFacts(YamlReader yaml, Diagnostics diagnostics) {
    this.yaml = yaml;
    this.diagnostics = diagnostics;
  }

  CuratedFacts read(Curated<NoteFront> c) {
    NoteFront front = c.front();
    if (front.authors() == null
        && front.url() == null
        && front.arxiv() == null
        && front.year() == null
        && front.date() == null) {
      return CuratedFacts.none();
    }
    List<String> authors = authors(c);
    String url = one(c, "url", front.url()) == null ? null : url(c);
    String arxiv = one(c, "arxiv", front.arxiv()) == null ? null : arxiv(c);
    Integer year = one(c, "year", front.year()) == null ? null : year(c);
    LocalDate date = one(c, "date", front.date()) == null ? null : date(c);
    if (year != null && date != null && date.getYear() != year) {
      YamlReader.Located at = values(c, "year").get(0);
      report(c, at, "year " + year + " disagrees with the date " + date + "; give one of the two");
      year = null;
    }
    return new CuratedFacts(authors, url, arxiv, year, date);
  }

  private List<String> authors(Curated<NoteFront> c) {
    JsonNode node = c.front().authors();
    List<String> names = new ArrayList<>();
    if (node == null || node.isNull()) {
      if (c.keyLine("authors") > 0) {
        report(c, c.keyLine("authors"), "authors:".length() + 1, "authors needs a list of names");
      }
      return names;
    }
    boolean list = node.isArray();
    for (YamlReader.Located name : values(c, "authors")) {
      String text = name.value().strip().replaceAll("\\s+", " ");
      if (!list) {
        // one string: names separated by commas, as a citation prints them
        for (String part : text.split("\\s*,\\s*")) {
          if (!part.isEmpty()) {
            names.add(part);
          }
        }
      } else if (text.isEmpty()) {
        report(c, name, "an author's name is empty");
      } else {
        names.add(text);
      }
    }
    boolean nested = list && node.size() != values(c, "authors").size();
    if (nested || !list && !node.isValueNode()) {
      report(
          c,
          c.keyLine("authors"),
          1,
          "authors must be a list of names, e.g. authors: [Ada Lovelace, Alan Turing]");
      return List.of();
    }
    if (names.isEmpty() && !nested) {
      report(c, c.keyLine("authors"), 1, "authors names nobody");
    }
    return names;
  }

  private String url(Curated<NoteFront> c) {
    YamlReader.Located at = values(c, "url").get(0);
    String url = at.value().strip();
    String lower = url.toLowerCase(Locale.ROOT);
    boolean web = lower.startsWith("https://") || lower.startsWith("http://");
    if (web && !url.contains(" ")) {
      try {
        URI uri = new URI(url);
        if (uri.getHost() != null && !uri.getHost().isEmpty()) {
          return url;
        }
      } catch (URISyntaxException e) {
        // reported below
      }
    }
    report(
        c,
        at,
        "url must be the paper's own page as an http(s) address, e.g."
            + " https://aclanthology.org/2023.acl-long.1/, not '"
            + url
            + "'");
    return null;
  }

  private String arxiv(Curated<NoteFront> c) {
    YamlReader.Located at = values(c, "arxiv").get(0);
    String id = PREFIX.matcher(at.value().strip()).replaceFirst("");
    Matcher m = NEW_ID.matcher(id);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      // four digits after the dot until the end of 2014 (1412), five from 1501
      boolean digits =
          m.group(3).length() == (Integer.parseInt(m.group(1) + m.group(2)) < 1501 ? 4 : 5);
      if (month >= 1 && month <= 12 && digits) {
        return m.group(1) + m.group(2) + "." + m.group(3);
      }
    }
    Matcher old = OLD_ID.matcher(id);
    if (old.matches()) {
      return old.group(1);
    }
    report(
        c,
        at,
        "arxiv must be an arXiv identifier such as 2401.01234 or hep-th/9901001, not '"
            + at.value().strip()
            + "'");
    return null;
  }

  private Integer year(Curated<NoteFront> c) {
    YamlReader.Located at = values(c, "year").get(0);
    String text = at.value().strip();
    if (YEAR.matcher(text).matches()) {
      int year = Integer.parseInt(text);
      if (year >= FIRST_YEAR && year <= LAST_YEAR) {
        return year;
      }
    }
    report(c, at, "year must be a year such as 2024, not '" + text + "'");
    return null;
  }

  private LocalDate date(Curated<NoteFront> c) {
    YamlReader.Located at = values(c, "date").get(0);
    String text = at.value().strip();
    Matcher m = ISO_DATE.matcher(text);
    if (m.matches()) {
      try {
        LocalDate date =
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
          return date;
        }
      } catch (DateTimeException e) {
        // reported below
      }
    }
    report(c, at, "date must be an ISO date such as 2025-05-20, not '" + text + "'");
    return null;
  }

  /**
   * The key's one value, or null when the key is absent or empty (an empty value is reported); a
   * list where one value belongs is reported too.
   */
  private String one(Curated<NoteFront> c, String key, JsonNode node) {
    int line = c.keyLine(key);
    if (node == null || node.isNull()) {
      if (line > 0) {
        report(c, line, key.length() + 2, key + " needs a value");
      }
      return null;
    }
    if (!node.isValueNode() || values(c, key).size() != 1) {
      report(c, line, key.length() + 2, key + " takes one value, not a list");
      return null;
    }
    return node.asText();
  }

  private List<YamlReader.Located> values(Curated<NoteFront> c, String key) {
    return yaml.values(c.fm().yaml(), c.fm().yamlLine(), key);
  }

  private void report(Curated<NoteFront> c, YamlReader.Located at, String problem) {
    report(c, at.line(), at.column(), problem);
  }

  private void report(Curated<NoteFront> c, int line, int column, String problem) {
    diagnostics.report(
        new Diagnostic(
            Severity.ERROR, c.file(), line, Math.max(1, column), problem, c.text().line(line)));
  }
}
