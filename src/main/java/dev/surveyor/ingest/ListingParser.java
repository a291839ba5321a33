package dev.surveyor.ingest;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Severity;
import dev.surveyor.model.Layout;
import dev.surveyor.model.LineAccount;
import dev.surveyor.model.LineRole;
import dev.surveyor.model.ListingDate;
import dev.surveyor.model.Occurrence;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.model.Provenance;
import dev.surveyor.model.SourceText;
import dev.surveyor.text.CapturedText;
import dev.surveyor.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one captured listing into records. The layout is detected from the content (blank-line
 * separation, metadata lines), never from the file name. Every line ends up with one role; lines
 * that fit no record are rejected with a reason and reported, never silently dropped.
 */
public final class ListingParser {
  private static final Pattern CHROME =
      Pattern.compile(
          "^(?:new|Subscribe|Daily Papers|byAK and the research community"
              + "|Get trending papers in your email inbox(?: once a day)?!)$");
  private static final Pattern GLUED_CHROME = Pattern.compile("^Subscribe(?=\\S)");
  private static final Pattern AUTHORS = Pattern.compile("^\\s*•\\s*(\\d{1,4})\\s+authors?\\s*$");
  private static final Pattern DOT = Pattern.compile("^\\s*·\\s*$");
  private static final Pattern DATE =
      Pattern.compile(
          "^\\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{1,2})(?:, (\\d{4}))?"
              + "(?: (\\d{1,7}))?\\s*$");
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?] +[A-Z]");
  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
  private static final int ABSTRACT_LENGTH = 250;
  private static final int MAX_TITLE_LENGTH = 600;

  /** Abstracts run to a few thousand characters; a longer line is a broken capture. */
  private static final int MAX_LINE_LENGTH = 100_000;

  /** Rejected units reported one by one per file; the report lists the rest. */
  private static final int REPORTED_UNITS = 20;

  private final Integer captureYear;

  /**
   * @param captureYear the year the listings were captured, assumed for dates printed without one;
   *     null when unknown
   */
  public ListingParser(Integer captureYear) {
    this.captureYear = captureYear;
  }

  public ParsedListing parse(SourceText source) {
    return new Run(source).parse();
  }

  /** The kinds of unit a listing is made of. */
  private enum Kind {
    TEXT,
    AUTHORS,
    DOT,
    DATE
  }

  /** A unit: one line, or in blank-separated listings a paragraph of consecutive lines. */
  private record Unit(Kind kind, int firstLine, int lastLine, String text) {}

  /**
   * Consecutive text lines of a blank-separated listing, joined once, so a long one stays linear.
   */
  private static final class Paragraph {
    private final int firstLine;
    private int lastLine;
    private final StringJoiner text = new StringJoiner(" ");

    Paragraph(int firstLine) {
      this.firstLine = firstLine;
    }

    void add(int line, String stripped) {
      lastLine = line;
      text.add(stripped);
    }

    Unit unit() {
      return new Unit(Kind.TEXT, firstLine, lastLine, text.toString());
    }
  }

  /** Mutable state of one parse; confined to a single call. */
  private final class Run {
    private final SourceText source;
    private final LineRole[] roles;
    private final String[] reasons;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Occurrence> records = new ArrayList<>();
    private int skippedUnits;
    private int firstUnreported;

    Run(SourceText source) {
      this.source = source;
      this.roles = new LineRole[source.lines().size() + 1];
      this.reasons = new String[roles.length];
      diagnostics.addAll(source.problems());
    }

    ParsedListing parse() {
      Layout layout = Layout.EMPTY;
      if (source.looksBinary()) {
        rejectBinary();
      } else {
        int gluedLine = markChrome();
        layout = detectLayout();
        assemble(units(layout, gluedLine));
        if (records.isEmpty()) {
          diagnostics.add(
              Diagnostic.warning(
                  source.file(),
                  1,
                  roles.length == 1
                      ? "empty file; no records read"
                      : "no records found: not a listing, or a layout Surveyor does not read;"
                          + " nothing from this file is published"));
        }
      }
      if (skippedUnits > REPORTED_UNITS) {
        diagnostics.add(
            Diagnostic.warning(
                source.file(),
                firstUnreported,
                "this and "
                    + (skippedUnits - REPORTED_UNITS - 1)
                    + " more units skipped;"
                    + " data/report.json lists every rejected line with its reason"));
      }
      List<LineAccount> accounts = new ArrayList<>();
      for (int line = 1; line < roles.length; line++) {
        accounts.add(new LineAccount(line, roles[line], reasons[line]));
      }
      return new ParsedListing(
          source.file(), records.isEmpty() ? Layout.EMPTY : layout, records, accounts, diagnostics);
    }

    /** Binary data has no lines to read: one message, and every non-blank "line" rejected. */
    private void rejectBinary() {
      int rejected = 0;
      for (int line = 1; line < roles.length; line++) {
        boolean blank = source.line(line).isBlank();
        roles[line] = blank ? LineRole.BLANK : LineRole.REJECTED;
        reasons[line] = blank ? null : "binary data";
        rejected += blank ? 0 : 1;
      }
      diagnostics.add(
          Diagnostic.warning(
              source.file(),
              1,
              "binary data, not a listing (" + rejected + " lines); file skipped"));
    }

    /**
     * Marks blank lines and page chrome (banners, the page's own date before the first record).
     * Returns the line whose start is chrome glued to a title, or 0.
     */
    private int markChrome() {
      int glued = 0;
      boolean seenText = false;
      for (int line = 1; line < roles.length; line++) {
        String text = source.line(line);
        if (text.isBlank()) {
          roles[line] = LineRole.BLANK;
        } else if (text.length() > MAX_LINE_LENGTH) {
          // No title or abstract is this long: a broken capture, kept out of every page.
          reject(
              line,
              line,
              "a line of "
                  + text.length()
                  + " characters, too long for a listing"
                  + " (at most "
                  + MAX_LINE_LENGTH
                  + ")");
        } else if (CHROME.matcher(text.strip()).matches()) {
          roles[line] = LineRole.CHROME;
        } else if (!seenText && DATE.matcher(text).matches()) {
          roles[line] = LineRole.CHROME; // the page's own date, above the first record
        } else if (!seenText && GLUED_CHROME.matcher(text).find()) {
          glued = line;
          seenText = true;
        } else if (!isMetadata(text)) {
          seenText = true;
        }
      }
      return glued;
    }

    private Layout detectLayout() {
      int adjacent = 0;
      int separated = 0;
      boolean metadata = false;
      int previous = 0;
      for (int line = 1; line < roles.length; line++) {
        if (roles[line] != null) {
          continue;
        }
        String text = source.line(line);
        metadata |= AUTHORS.matcher(text).matches() || DOT.matcher(text).matches();
        if (isMetadata(text)) {
          continue; // metadata lines always sit together; only text lines tell the layout
        }
        if (previous > 0) {
          boolean blankBetween = false;
          for (int between = previous + 1; between < line; between++) {
            blankBetween |= roles[between] == LineRole.BLANK;
          }
          if (blankBetween) {
            separated++;
          } else {
            adjacent++;
          }
        }
        previous = line;
      }
      if (previous == 0) {
        return Layout.EMPTY;
      }
      if (separated > adjacent) {
        return metadata ? Layout.BLANK_SEPARATED_WITH_METADATA : Layout.BLANK_SEPARATED;
      }
      return Layout.ALTERNATING;
    }

    private List<Unit> units(Layout layout, int gluedLine) {
      List<Unit> units = new ArrayList<>();
      boolean paragraphs = layout != Layout.ALTERNATING;
      Paragraph open = null;
      for (int line = 1; line < roles.length; line++) {
        if (roles[line] != null) {
          if (roles[line] == LineRole.BLANK && open != null) {
            units.add(open.unit());
            open = null;
          }
          continue;
        }
        String text = source.line(line);
        if (line == gluedLine) {
          Matcher m = GLUED_CHROME.matcher(text);
          m.find();
          text = text.substring(m.end());
        }
        Kind kind = kindOf(text);
        if (kind == Kind.TEXT && paragraphs) {
          open = open == null ? new Paragraph(line) : open;
          open.add(line, text.strip());
          continue;
        }
        if (open != null) {
          units.add(open.unit());
          open = null;
        }
        units.add(new Unit(kind, line, line, kind == Kind.TEXT ? text.strip() : text));
      }
      if (open != null) {
        units.add(open.unit());
      }
      return units;
    }

    private void assemble(List<Unit> units) {
      Unit title = null;
      Draft draft = null; // the last complete record, still open for its metadata
      for (int i = 0; i < units.size(); i++) {
        Unit unit = units.get(i);
        if (unit.kind() != Kind.TEXT) {
          if (title != null) {
            reject(title, "a title without an abstract");
            title = null;
          }
          if (draft == null) {
            reject(unit, "a metadata line outside any record");
          } else {
            draft.take(unit);
          }
          continue;
        }
        boolean beforeDot = i + 1 < units.size() && units.get(i + 1).kind() == Kind.DOT;
        if (title == null && beforeDot && !looksLikeAbstract(unit.text())) {
          // An organisation printed in place of the author count.
          if (draft == null) {
            reject(unit, "a metadata line outside any record");
          } else {
            draft.organization(unit);
          }
          continue;
        }
        if (title == null) {
          // Text ends the open record: metadata after a rejected line must not reach back to it.
          finish(draft);
          draft = null;
          if (looksLikeAbstract(unit.text())) {
            reject(unit, "an abstract without a title");
          } else if (unit.text().length() > MAX_TITLE_LENGTH) {
            reject(unit, "too long to be a title and no abstract follows the layout");
          } else {
            title = unit;
          }
          continue;
        }
        if (!looksLikeAbstract(unit.text())
            && (nextTextLooksLikeAbstract(units, i) || !couldBeAbstract(unit.text()))) {
          reject(title, "a title without an abstract");
          finish(draft);
          draft = null;
          title = unit;
          continue;
        }
        finish(draft);
        draft = new Draft(title, unit);
        title = null;
      }
      if (title != null) {
        reject(title, "a title without an abstract (truncated record?)");
      }
      finish(draft);
    }

    private boolean nextTextLooksLikeAbstract(List<Unit> units, int index) {
      for (int j = index + 1; j < units.size(); j++) {
        if (units.get(j).kind() == Kind.TEXT) {
          return looksLikeAbstract(units.get(j).text());
        }
      }
      return false;
    }

    private void finish(Draft draft) {
      if (draft != null) {
        records.add(draft.toOccurrence());
      }
    }

    private void reject(Unit unit, String reason) {
      reject(unit.firstLine(), unit.lastLine(), reason);
    }

    /** Rejects lines with a reason; the first few units of a file are also reported one by one. */
    private void reject(int firstLine, int lastLine, String reason) {
      for (int line = firstLine; line <= lastLine; line++) {
        roles[line] = LineRole.REJECTED;
        reasons[line] = reason;
      }
      if (++skippedUnits > REPORTED_UNITS) {
        firstUnreported = firstUnreported == 0 ? firstLine : firstUnreported;
        return;
      }
      diagnostics.add(
          new Diagnostic(
              Severity.WARNING,
              source.file(),
              firstLine,
              0,
              reason + "; line skipped",
              source.line(firstLine)));
    }

    /** A record whose title and abstract are known, collecting the metadata that follows. */
    private final class Draft {
      private final Unit title;
      private final Unit abstractUnit;
      private int lastLine;
      private Integer authors;
      private String organization;
      private ListingDate date;
      private Integer upvotes;

      Draft(Unit title, Unit abstractUnit) {
        this.title = title;
        this.abstractUnit = abstractUnit;
        this.lastLine = abstractUnit.lastLine();
        mark(title, LineRole.TITLE);
        mark(abstractUnit, LineRole.ABSTRACT);
      }

      void take(Unit unit) {
        if (unit.kind() == Kind.AUTHORS && authors != null
            || unit.kind() == Kind.DATE && date != null) {
          reject(
              unit,
              "a second "
                  + unit.kind().name().toLowerCase(java.util.Locale.ROOT)
                  + " line for one record");
          return;
        }
        switch (unit.kind()) {
          case AUTHORS -> authors = Integer.valueOf(group(AUTHORS, unit.text(), 1));
          case DATE -> {
            Matcher m = DATE.matcher(unit.text());
            m.matches();
            String printed = unit.text().strip();
            Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            int month = MONTHS.indexOf(m.group(1)) / 3 + 1;
            int day = Integer.parseInt(m.group(2));
            if (day < 1 || day > 31) {
              reject(unit, "not a valid day of the month");
              return;
            }
            String datePart =
                m.group(4) == null ? printed : printed.substring(0, m.start(4)).strip();
            date =
                new ListingDate(datePart, month, day, year, year != null).assumingYear(captureYear);
            upvotes = m.group(4) == null ? null : Integer.valueOf(m.group(4));
          }
          default -> {}
        }
        mark(unit, LineRole.METADATA);
        lastLine = unit.lastLine();
      }

      void organization(Unit unit) {
        String text = unit.text().strip();
        int space = text.indexOf(' ');
        // Listings print the organisation's handle, then its display name.
        organization = space > 0 ? text.substring(space + 1).strip() : text;
        mark(unit, LineRole.METADATA);
        lastLine = unit.lastLine();
      }

      private void mark(Unit unit, LineRole role) {
        for (int line = unit.firstLine(); line <= unit.lastLine(); line++) {
          roles[line] = role;
        }
      }

      Occurrence toOccurrence() {
        return new Occurrence(
            new Provenance(source.file(), title.firstLine()),
            lastLine,
            CapturedText.readable(Text.collapseSpaces(title.text())),
            CapturedText.readableAbstract(
                abstractUnit.text().strip(), Text.collapseSpaces(title.text())),
            authors,
            organization,
            date,
            upvotes);
      }
    }
  }

  private static boolean isMetadata(String text) {
    return AUTHORS.matcher(text).matches()
        || DOT.matcher(text).matches()
        || DATE.matcher(text).matches();
  }

  private static Kind kindOf(String text) {
    if (AUTHORS.matcher(text).matches()) {
      return Kind.AUTHORS;
    }
    if (DOT.matcher(text).matches()) {
      return Kind.DOT;
    }
    if (DATE.matcher(text).matches()) {
      return Kind.DATE;
    }
    return Kind.TEXT;
  }

  private static String group(Pattern pattern, String text, int group) {
    Matcher m = pattern.matcher(text);
    if (!m.matches()) {
      throw new IllegalStateException("pattern no longer matches: " + text);
    }
    return m.group(group);
  }

  /** Even a cut-off abstract is a sentence or more; a short fragment is not one. */
  static boolean couldBeAbstract(String text) {
    return text.length() >= 100 || text.matches(".*[.!?)]$") && text.length() >= 40;
  }

  /** Abstracts are long or run to several sentences; titles are neither. */
  static boolean looksLikeAbstract(String text) {
    if (text.length() >= ABSTRACT_LENGTH) {
      return true;
    }
    if (text.length() < 160) {
      return false; // titles can hold two or three sentences ("Towards X. Can Y? Z!")
    }
    Matcher m = SENTENCE_BREAK.matcher(text);
    int breaks = 0;
    while (m.find()) {
      breaks++;
    }
    return breaks >= 3;
  }
}
