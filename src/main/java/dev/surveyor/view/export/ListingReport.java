package dev.surveyor.view.export;

import dev.surveyor.model.Corpus;
import dev.surveyor.model.LineAccount;
import dev.surveyor.model.LineRole;
import dev.surveyor.model.MergeGroup;
import dev.surveyor.model.ParsedListing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code data/report.json}: what became of every line of every listing, the merges and the files
 * not read.
 */
public final class ListingReport {
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
  public record Merge(String slug, String title, List<PaperExports.Source> sources) {}

  /** The build report. */
  public record Report(
      List<FileReport> files, Totals totals, List<Merge> merged, List<Skipped> skipped) {}

  private ListingReport() {}

  public static Report of(Corpus corpus) {
    List<FileReport> files = new ArrayList<>();
    int lines = 0;
    for (ParsedListing listing : corpus.listings()) {
      files.add(file(listing));
      lines += listing.lines().size();
    }
    List<Merge> merges = new ArrayList<>();
    for (MergeGroup group : corpus.merges()) {
      merges.add(
          new Merge(
              group.slug(),
              group.title(),
              group.sources().stream()
                  .map(p -> new PaperExports.Source(p.file(), p.line()))
                  .toList()));
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
    return new Report(files, totals, merges, skipped);
  }

  private static FileReport file(ParsedListing listing) {
    Map<String, Long> roles = new LinkedHashMap<>();
    for (LineRole role : LineRole.values()) {
      roles.put(role.label(), listing.count(role));
    }
    return new FileReport(
        listing.file(),
        listing.layout().id(),
        listing.lines().size(),
        listing.records().size(),
        roles,
        listing.lines().stream()
            .filter(l -> l.role() == LineRole.CHROME)
            .map(LineAccount::line)
            .toList(),
        listing.rejected().stream().map(l -> new Rejected(l.line(), l.reason())).toList());
  }
}
