package dev.surveyor.support;

import dev.surveyor.analyze.SurveyAnalysis;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.ContentReader;
import dev.surveyor.ingest.ListingIngest;
import dev.surveyor.model.Content;
import dev.surveyor.model.Survey;

/**
 * The repository's own content read and analysed (no citations, no views): what the analysis tests
 * look at. Analysed once per test JVM; the survey is immutable, so tests may share it.
 */
public final class RealSurvey {
  private RealSurvey() {}

  public static Survey analysed() {
    return Holder.SURVEY;
  }

  /** Initialised on first use, once, by the class loader. */
  private static final class Holder {
    static final Survey SURVEY = analyse();
  }

  private static Survey analyse() {
    try {
      Diagnostics diagnostics = new Diagnostics();
      Content content = new ContentReader(Repo.content(), diagnostics).read();
      return SurveyAnalysis.analyze(
          content, ListingIngest.ingest(content, diagnostics), diagnostics);
    } catch (ContentException e) {
      throw new IllegalStateException(
          "the repository's content does not read: " + e.getMessage(), e);
    }
  }
}
