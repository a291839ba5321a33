package dev.surveyor.ingest;

import dev.surveyor.diag.ContentException;
import dev.surveyor.diag.Diagnostic;
import dev.surveyor.diag.Diagnostics;
import dev.surveyor.model.LabelSet;
import dev.surveyor.model.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the label files the survey's {@code learn_from} names, each kept inside the content
 * directory; a name that is not such a file is reported at the setting.
 */
final class TeachingReader {
  private final ContentFiles files;
  private final Diagnostics diagnostics;

  TeachingReader(ContentFiles files, Diagnostics diagnostics) {
    this.files = files;
    this.diagnostics = diagnostics;
  }

  /**
   * @param survey {@code survey.md} as read, to point at the setting; null when not read afresh
   */
  List<LabelSet> read(SourceText survey, List<String> names) {
    List<LabelSet> sets = new ArrayList<>();
    Path root = files.root().normalize();
    for (String name : names) {
      Path file = files.root().resolve(name).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        // atKey starts the message with the key.
        String problem = "names '" + name + "', not a file in the content directory";
        diagnostics.report(
            survey == null
                ? Diagnostic.error(SettingsReader.FILE, 1, "learn_from " + problem)
                : CuratedFiles.atKey(survey, "learn_from", problem));
        continue;
      }
      try {
        sets.add(LabelReader.read(file, name));
      } catch (ContentException e) {
        diagnostics.reportAll(e.diagnostics());
      }
    }
    return sets;
  }
}
