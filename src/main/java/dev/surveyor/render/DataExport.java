package dev.surveyor.render;

import dev.surveyor.json.Json;
import dev.surveyor.link.Urls;
import dev.surveyor.view.export.ListingReport;
import dev.surveyor.view.export.PaperExports.PaperEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The machine-readable files: every paper ({@code papers.json}) and the build report. */
public final class DataExport {
  private DataExport() {}

  public static OutputFile papers(Stream<PaperEntry> papers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writePapers(papers, out);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return new OutputFile(Urls.PAPERS_JSON, out.toByteArray());
  }

  /** Every paper, written one at a time: the export of a large survey is never whole in memory. */
  public static void writePapers(Stream<PaperEntry> papers, OutputStream out) throws IOException {
    try (Json.ArrayWriter array = Json.prettyArray(out)) {
      for (Iterator<PaperEntry> each = papers.iterator(); each.hasNext(); ) {
        array.write(asMap(each.next()));
      }
    }
  }

  /** JSON field names in the export's documented spelling ("abstract", not "abstractText"). */
  private static Map<String, Object> asMap(PaperEntry r) {
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

  public static OutputFile report(ListingReport.Report report) {
    return new OutputFile(Urls.REPORT_JSON, Json.pretty(report));
  }
}
