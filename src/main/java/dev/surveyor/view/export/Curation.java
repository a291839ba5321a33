package dev.surveyor.view.export;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Severity;
import java.util.List;
import java.util.Map;

/**
 * {@code data/curation.json}: what a curator should look at next. Papers just under a theme's
 * threshold (a note can add them), the sub-topics found in each theme (pin or rename them in the
 * theme's front matter), frequent names the entity lexicon lacks, and what the capture broke in a
 * title or abstract that no rule can mend (a note's {@code title:} or {@code abstract:} replaces
 * it).
 */
public record Curation(
    int nearMissCount,
    List<NearMiss> nearMisses,
    Map<String, List<FoundSubtopic>> subtopics,
    List<EntityCandidate> entityCandidates,
    List<CaptureLeftover> captureLeftovers) {

  /** A paper that almost joined a theme. */
  public record NearMiss(
      String theme, String slug, String title, double score, double threshold, String url) {}

  /** A sub-topic as the clustering found it. */
  public record FoundSubtopic(
      String label, boolean pinned, boolean named, int papers, List<String> terms) {}

  /** A name papers often use that the entity lexicon lacks. */
  public record EntityCandidate(String name, int papers) {}

  /**
   * Something the capture broke in a paper's title or abstract.
   *
   * @param source the file and line the paper was first read from, for the curator
   * @param note the paper's note, which can replace the text
   */
  public record CaptureLeftover(
      String slug,
      String field,
      String problem,
      String excerpt,
      String source,
      String note,
      String url) {

    /** What {@code check} tells the curator: where the text was read, and where to replace it. */
    public Diagnostic asNote() {
      int colon = source.lastIndexOf(':'); // "file:line", as the export spells it
      return new Diagnostic(
          Severity.NOTE,
          source.substring(0, colon),
          Integer.parseInt(source.substring(colon + 1)),
          0,
          String.format(
              "%s in the %s: \"%s\" (replace it in content/%s)", problem, field, excerpt, note),
          "");
    }
  }
}
