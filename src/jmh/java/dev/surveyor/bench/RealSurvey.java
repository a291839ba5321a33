package dev.surveyor.bench;

import dev.surveyor.build.Site;
import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.diag.Stopwatch;
import dev.surveyor.model.Content;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.Survey;
import java.nio.file.Path;

/** The repository's real survey, loaded once per benchmark trial (run from the repository root). */
final class RealSurvey {
  final Content content;
  final Corpus corpus;

  RealSurvey() throws ContentException {
    Site.Loaded loaded = Site.load(Path.of("content"), null, new Diagnostics());
    content = loaded.content();
    corpus = loaded.corpus();
  }

  /**
   * The analysis stage as the pipeline runs it (with citing, a few milliseconds), on the corpus
   * read once.
   */
  Survey analyze() {
    return Site.analyse(content, (c, d) -> corpus, new Diagnostics(), Stopwatch.unread()).survey();
  }
}
