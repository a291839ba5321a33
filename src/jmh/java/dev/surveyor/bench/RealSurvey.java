package dev.surveyor.bench;

import dev.surveyor.analyze.SurveyAnalysis;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.ContentReader;
import dev.surveyor.ingest.ListingIngest;
import dev.surveyor.model.Content;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.Survey;
import java.nio.file.Path;

/** The repository's real survey, read once per benchmark trial (run from the repository root). */
final class RealSurvey {
  final Content content;
  final Corpus corpus;

  RealSurvey() throws ContentException {
    Diagnostics diagnostics = new Diagnostics();
    content = new ContentReader(Path.of("content"), diagnostics).read();
    corpus = ListingIngest.ingest(content, diagnostics);
  }

  Survey analyze() {
    return SurveyAnalysis.analyze(content, corpus, new Diagnostics());
  }
}
