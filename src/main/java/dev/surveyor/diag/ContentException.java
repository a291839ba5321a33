package dev.surveyor.diag;

import java.util.List;

/** Thrown when content is broken beyond what a build can go on with; carries every diagnostic. */
public final class ContentException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public ContentException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "content is broken" : diagnostics.get(0).format());
    this.diagnostics = List.copyOf(diagnostics);
  }

  public ContentException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
