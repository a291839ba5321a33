package dev.surveyor.build;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Severity;
import dev.surveyor.model.Corpus;
import dev.surveyor.publish.PublishResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a build did, for the one-paragraph summary the CLI prints; stage times (wall and CPU, in
 * milliseconds) for the benchmark.
 */
public record BuildSummary(
    int sources,
    int records,
    int papers,
    int merged,
    long rejectedLines,
    int pages,
    int files,
    int filesWritten,
    int filesRemoved,
    Map<String, Long> stageMillis,
    Map<String, Long> stageCpuMillis,
    long elapsedMillis,
    List<Diagnostic> diagnostics,
    boolean upToDate) {

  public BuildSummary {
    stageMillis = Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis)); // in stage order
    stageCpuMillis = Collections.unmodifiableMap(new LinkedHashMap<>(stageCpuMillis));
    diagnostics = List.copyOf(diagnostics);
  }

  /** The summary of a build that published {@code published} from {@code corpus}. */
  public static BuildSummary of(
      Corpus corpus,
      int pages,
      PublishResult published,
      Map<String, Long> stageMillis,
      Map<String, Long> stageCpuMillis,
      long elapsedMillis,
      List<Diagnostic> diagnostics) {
    return new BuildSummary(
        corpus.listings().size(),
        corpus.recordCount(),
        corpus.papers().size(),
        corpus.recordCount() - corpus.papers().size(),
        corpus.rejectedLines(),
        pages,
        published.produced(),
        published.written(),
        published.removed(),
        stageMillis,
        stageCpuMillis,
        elapsedMillis,
        diagnostics,
        false);
  }

  /**
   * The summary of a build skipped because nothing changed since {@code last}: the same site and
   * diagnostics, nothing written.
   */
  public static BuildSummary upToDate(BuildSummary last, long elapsedMillis) {
    return new BuildSummary(
        last.sources,
        last.records,
        last.papers,
        last.merged,
        last.rejectedLines,
        last.pages,
        last.files,
        0,
        0,
        Map.of(),
        Map.of(),
        elapsedMillis,
        last.diagnostics,
        true);
  }

  /** The warnings (a build that stops has errors): what build and serve print. */
  public List<Diagnostic> problems() {
    return diagnostics.stream().filter(d -> !d.isNote()).toList();
  }

  /** What a curator may look at, as {@code check} tells it; no problem of the build. */
  public List<Diagnostic> notes() {
    return diagnostics.stream().filter(Diagnostic::isNote).toList();
  }

  public long warnings() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
  }

  public String format() {
    return String.format(
            Locale.ROOT,
            "sources read %d, records found %d, distinct papers %d, duplicates merged %d, "
                + "lines rejected %d%nfiles %d (pages %d), written %d, removed %d, warnings %d, "
                + "elapsed %d ms",
            sources,
            records,
            papers,
            merged,
            rejectedLines,
            files,
            pages,
            filesWritten,
            filesRemoved,
            warnings(),
            elapsedMillis)
        + (upToDate
            ? " (up to date: content, templates, options and output unchanged since the last build)"
            : "");
  }
}
