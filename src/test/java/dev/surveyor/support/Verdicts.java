package dev.surveyor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The papers of the repository's survey whose notes decide their themes, read from the notes: a
 * verdict ({@code themes:}) or a place outside the survey's scope ({@code scope: outside}, which
 * puts a paper in none). Such a paper leaves the review queue.
 */
public final class Verdicts {
  private Verdicts() {}

  public static long count() {
    try (Stream<Path> notes = Files.list(Repo.content().resolve("papers"))) {
      return notes.filter(Verdicts::decides).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean decides(Path note) {
    try {
      List<String> lines = Files.readAllLines(note);
      return lines.contains("scope: outside")
          || lines.stream().anyMatch(line -> line.startsWith("themes:"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
