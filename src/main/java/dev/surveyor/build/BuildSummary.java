package dev.surveyor.build;

import dev.surveyor.diag.Diagnostic;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a build did, for the one-paragraph summary the CLI prints. */
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
    long elapsedMillis,
    List<Diagnostic> diagnostics) {

  public BuildSummary {
    stageMillis = Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis)); // in stage order
    diagnostics = List.copyOf(diagnostics);
  }

  public long warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).count();
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
        elapsedMillis);
  }
}
