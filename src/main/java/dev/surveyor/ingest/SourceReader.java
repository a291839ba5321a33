package dev.surveyor.ingest;

import dev.surveyor.concurrent.Cores;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.SkippedFile;
import dev.surveyor.model.SourceText;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads every source below {@code sources/}, in path order: files of the {@link SourceFormats}
 * (which format reads a file is decided later), in sub-folders too, so a collection can be dropped
 * in as a folder. Other files are listed as skipped, never silently dropped. Files are decoded in
 * parallel.
 */
final class SourceReader {
  private static final List<String> SUFFIXES = SourceFormats.suffixes();

  /** The sources read, and the files beside them that are not sources. */
  record Sources(List<SourceText> texts, List<SkippedFile> skipped) {}

  private final ContentFiles files;
  private final Diagnostics diagnostics;

  SourceReader(ContentFiles files, Diagnostics diagnostics) {
    this.files = files;
    this.diagnostics = diagnostics;
  }

  Sources read(EarlierRead earlier) {
    List<Path> found = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>();
    if (Files.isDirectory(files.sources())) {
      collect(files.sources(), found, skipped);
    }
    Map<String, SourceText> before = new HashMap<>();
    if (earlier.previous() != null) {
      earlier.previous().sources().forEach(source -> before.put(source.file(), source));
    }
    List<SourceText> texts =
        Cores.map(
                found,
                file -> {
                  String relative = files.relative(file);
                  return before.containsKey(relative) && earlier.applies(relative)
                      ? before.get(relative)
                      : files.readText(file);
                })
            .stream()
            .filter(Objects::nonNull)
            .toList();
    if (texts.isEmpty()) {
      diagnostics.report(
          Diagnostic.warning("sources", 0, "no sources (" + SourceFormats.describe() + ") found"));
    }
    return new Sources(texts, skipped);
  }

  private void collect(Path dir, List<Path> found, List<SkippedFile> skipped) {
    for (Path p : files.entries(dir)) {
      String name = p.getFileName().toString();
      if (name.startsWith(".") || Files.exists(p) && !files.insideRoot(p)) {
        continue;
      }
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        collect(p, found, skipped);
      } else if (SUFFIXES.stream().anyMatch(name::endsWith) && Files.isRegularFile(p)) {
        found.add(p);
      } else {
        String reason =
            !Files.exists(p)
                ? "a link to nothing"
                : Files.isDirectory(p)
                    ? "a link to a folder, not followed"
                    : "not a source file (" + SourceFormats.describe() + ")";
        skipped.add(new SkippedFile(files.relative(p), reason));
        diagnostics.report(Diagnostic.warning(files.relative(p), 0, reason + "; skipped"));
      }
    }
  }
}
