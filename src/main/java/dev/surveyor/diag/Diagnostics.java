package dev.surveyor.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one build. Each build owns its own instance (no global state); stages
 * running in parallel may report concurrently.
 */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public synchronized void report(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  public synchronized void reportAll(List<Diagnostic> diagnostics) {
    items.addAll(diagnostics);
  }

  public synchronized boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  /** Stops a stage whose input held errors: throws them, warnings left for the summary. */
  public void throwIfErrors() throws ContentException {
    List<Diagnostic> errors = sorted().stream().filter(Diagnostic::isError).toList();
    if (!errors.isEmpty()) {
      throw new ContentException(errors);
    }
  }

  /** All diagnostics so far, in a stable order. */
  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(items);
    copy.sort(Diagnostic.ORDER);
    return List.copyOf(copy);
  }
}
