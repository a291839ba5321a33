package dev.surveyor.ingest;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.diag.Severity;
import dev.surveyor.model.Content;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.model.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Parses every source and merges their records into distinct papers. Each source is read by the
 * first of the {@link SourceFormats} that claims it. Sources are parsed in parallel; results keep
 * the sources' order, so output does not depend on scheduling.
 */
public final class ListingIngest {
  private ListingIngest() {}

  public static Corpus ingest(Content content, Diagnostics diagnostics) {
    return ingest(content, diagnostics, parser(content));
  }

  /**
   * As {@link #ingest(Content, Diagnostics)}, with each source parsed by {@code parse}, from
   * several threads at once: serve passes a cache of earlier results, keyed by file and content.
   */
  public static Corpus ingest(
      Content content, Diagnostics diagnostics, Function<SourceText, SourceFormat.Result> parse) {
    List<SourceFormat.Result> parsed = Cores.map(content.sources(), parse);
    List<ParsedListing> results = new ArrayList<>(parsed.size());
    for (SourceFormat.Result result : parsed) {
      diagnostics.reportAll(result.listing().diagnostics());
      results.add(result.listing());
    }
    diagnostics.reportAll(unknownKeys(parsed));
    return PaperMerger.merge(results, content.skippedSources());
  }

  /** Parses one source, whatever its format; dates depend on the content's listing year. */
  public static Function<SourceText, SourceFormat.Result> parser(Content content) {
    return SourceFormats.of(content)::parse;
  }

  /** Where an unknown key was first met in a folder, and in how many files there. */
  private record KeyUse(String file, String folder, YamlReader.UnknownKey first, int files) {}

  /**
   * One warning per folder and unknown key, at its first use: a collection that carries a key we do
   * not read carries it in every file, and one line says so.
   */
  private static List<Diagnostic> unknownKeys(List<SourceFormat.Result> parsed) {
    Map<String, KeyUse> uses = new LinkedHashMap<>();
    for (SourceFormat.Result result : parsed) {
      String file = result.listing().file();
      String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
      for (YamlReader.UnknownKey key : result.unknownKeys()) {
        uses.merge(
            folder + "\u0000" + key.key(),
            new KeyUse(file, folder, key, 1),
            (a, b) -> new KeyUse(a.file(), a.folder(), a.first(), a.files() + 1));
      }
    }
    List<Diagnostic> warnings = new ArrayList<>();
    for (KeyUse use : uses.values()) {
      String where =
          use.files() > 1 ? " (in " + use.files() + " files in " + use.folder() + ")" : "";
      warnings.add(
          new Diagnostic(
              Severity.WARNING,
              use.file(),
              use.first().line(),
              use.first().column(),
              "unknown front-matter key '" + use.first().key() + "' ignored" + where,
              ""));
    }
    return warnings;
  }
}
