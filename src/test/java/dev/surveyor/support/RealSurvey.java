package dev.surveyor.support;

import dev.surveyor.analyze.SurveyAnalysis;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.ContentReader;
import dev.surveyor.ingest.ListingIngest;
import dev.surveyor.model.Content;
import dev.surveyor.model.Paper;
import dev.surveyor.model.Survey;
import java.util.List;

/**
 * The repository's own content read and analysed (no citations, no views): what the analysis tests
 * look at. Read and analysed once per test JVM; papers and survey are immutable, so tests may share
 * them.
 */
public final class RealSurvey {
  private RealSurvey() {}

  public static Survey analysed() {
    return Holder.SURVEY;
  }

  /** The analysed survey's first paper whose slug starts with {@code slugStart}. */
  public static Paper paper(String slugStart) {
    return analysed().papers().stream()
        .filter(p -> p.slug().startsWith(slugStart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paper " + slugStart));
  }

  /** The list summary of the paper whose slug starts with {@code slugStart}, as lists show it. */
  public static String summaryOf(String slugStart) {
    return analysed().analysisOf(paper(slugStart)).summary();
  }

  /** The papers as the listings give them, read and mended but not analysed. */
  public static List<Paper> captured() {
    return Captured.PAPERS;
  }

  /** Initialised on first use, once, by the class loader. */
  private static final class Holder {
    static final Survey SURVEY = analyse();
  }

  /** Apart from {@link Holder}, so a test of the captured text does not pay for the analysis. */
  private static final class Captured {
    static final List<Paper> PAPERS = capture();
  }

  private static Survey analyse() {
    Diagnostics diagnostics = new Diagnostics();
    Content content = content(diagnostics);
    return SurveyAnalysis.analyze(content, ListingIngest.ingest(content, diagnostics), diagnostics);
  }

  private static List<Paper> capture() {
    Diagnostics diagnostics = new Diagnostics();
    return List.copyOf(ListingIngest.ingest(content(diagnostics), diagnostics).papers());
  }

  private static Content content(Diagnostics diagnostics) {
    try {
      return new ContentReader(Repo.content(), diagnostics).read();
    } catch (ContentException e) {
      throw new IllegalStateException(
          "the repository's content does not read: " + e.getMessage(), e);
    }
  }
}
