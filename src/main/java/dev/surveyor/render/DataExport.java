package dev.surveyor.render;

import dev.surveyor.link.Urls;
import dev.surveyor.model.Assignment;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.Evidence;
import dev.surveyor.model.LineAccount;
import dev.surveyor.model.LineRole;
import dev.surveyor.model.MergeGroup;
import dev.surveyor.model.NamedLink;
import dev.surveyor.model.Paper;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.model.Survey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The machine-readable files: every paper ({@code papers.json}) and the build report. */
public final class DataExport {
  private DataExport() {}

  /** One paper as exported. */
  public record PaperRecord(
      String slug,
      String title,
      String abstractText,
      String url,
      List<String> themes,
      Map<String, List<String>> evidence,
      Map<String, Double> scores,
      List<Source> sources,
      Integer authors,
      String organization,
      String date,
      String datePrinted,
      Integer upvotes,
      List<String> links,
      List<String> authorNames,
      boolean authorNamesCut,
      Integer year,
      String venue,
      List<String> tags,
      List<NamedLink> namedLinks) {}

  /** Where a record was found. */
  public record Source(String file, int line) {}

  /** A line that fit no record. */
  public record Rejected(int line, String reason) {}

  /** One listing in the report. */
  public record FileReport(
      String file,
      String layout,
      int lines,
      int records,
      Map<String, Long> lineRoles,
      List<Integer> chromeLines,
      List<Rejected> rejected) {}

  /** The totals of the report. */
  public record Totals(
      int sources,
      int lines,
      int records,
      int papers,
      int duplicatesMerged,
      long rejectedLines,
      int skippedFiles) {}

  /** A file among the sources that was not read, and why. */
  public record Skipped(String file, String reason) {}

  /** A merge of several records into one paper. */
  public record Merge(String slug, String title, List<Source> sources) {}

  /** The build report. */
  public record Report(
      List<FileReport> files, Totals totals, List<Merge> merged, List<Skipped> skipped) {}

  public static OutputFile papers(Survey survey) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writePapers(survey, out);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return new OutputFile(Urls.PAPERS_JSON, out.toByteArray());
  }

  /** Every paper, written one at a time: the export of a large survey is never whole in memory. */
  public static void writePapers(Survey survey, OutputStream out) throws IOException {
    try (Json.ArrayWriter array = Json.prettyArray(out)) {
      for (Paper paper : survey.papers()) {
        array.write(asMap(paperRecord(survey, paper)));
      }
    }
  }

  static PaperRecord paperRecord(Survey survey, Paper paper) {
    Map<String, List<String>> evidence = new TreeMap<>();
    Map<String, Double> scores = new TreeMap<>();
    for (Assignment a : survey.assignmentsOf(paper)) {
      if (a.member()) {
        evidence.put(a.theme(), a.evidence().stream().map(Evidence::describe).toList());
        scores.put(a.theme(), a.score());
      }
    }
    return new PaperRecord(
        paper.slug(),
        paper.title(),
        paper.abstractText(),
        Urls.paper(paper.slug()),
        survey.themesOf(paper),
        evidence,
        scores,
        paper.occurrences().stream()
            .map(o -> new Source(o.provenance().file(), o.provenance().line()))
            .toList(),
        paper.authorCount(),
        paper.organization(),
        paper.date() == null ? null : paper.date().iso(),
        paper.date() == null ? null : paper.date().printed(),
        paper.upvotes(),
        paper.links(),
        paper.details().authors(),
        paper.details().moreAuthors(),
        paper.details().year(),
        paper.details().venue(),
        paper.details().tags(),
        paper.details().links());
  }

  /** JSON field names in the export's documented spelling ("abstract", not "abstractText"). */
  private static Map<String, Object> asMap(PaperRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("slug", r.slug());
    m.put("title", r.title());
    m.put("abstract", r.abstractText());
    m.put("url", r.url());
    m.put("themes", r.themes());
    m.put("evidence", r.evidence());
    m.put("scores", r.scores());
    m.put("sources", r.sources());
    m.put("authors", r.authors());
    m.put("organization", r.organization());
    m.put("date", r.date());
    m.put("date_printed", r.datePrinted());
    m.put("upvotes", r.upvotes());
    m.put("links", r.links());
    m.put("author_names", r.authorNames());
    m.put("author_names_cut", r.authorNamesCut());
    m.put("year", r.year());
    m.put("venue", r.venue());
    m.put("tags", r.tags());
    m.put("named_links", r.namedLinks());
    return m;
  }

  public static OutputFile report(Corpus corpus) {
    List<FileReport> files = new ArrayList<>();
    int lines = 0;
    for (ParsedListing listing : corpus.listings()) {
      Map<String, Long> roles = new LinkedHashMap<>();
      for (LineRole role : LineRole.values()) {
        roles.put(role.label(), listing.count(role));
      }
      files.add(
          new FileReport(
              listing.file(),
              listing.layout().id(),
              listing.lines().size(),
              listing.records().size(),
              roles,
              listing.lines().stream()
                  .filter(l -> l.role() == LineRole.CHROME)
                  .map(LineAccount::line)
                  .toList(),
              listing.rejected().stream().map(l -> new Rejected(l.line(), l.reason())).toList()));
      lines += listing.lines().size();
    }
    List<Merge> merges = new ArrayList<>();
    for (MergeGroup group : corpus.merges()) {
      merges.add(
          new Merge(
              group.slug(),
              group.title(),
              group.sources().stream().map(p -> new Source(p.file(), p.line())).toList()));
    }
    Totals totals =
        new Totals(
            corpus.listings().size(),
            lines,
            corpus.recordCount(),
            corpus.papers().size(),
            corpus.recordCount() - corpus.papers().size(),
            corpus.rejectedLines(),
            corpus.skipped().size());
    List<Skipped> skipped =
        corpus.skipped().stream().map(f -> new Skipped(f.file(), f.reason())).toList();
    return new OutputFile(
        Urls.REPORT_JSON, Json.pretty(new Report(files, totals, merges, skipped)));
  }
}
