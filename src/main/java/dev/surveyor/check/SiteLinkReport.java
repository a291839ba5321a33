package dev.surveyor.check;

import dev.surveyor.diag.Diagnostic;
import java.util.List;

/** What {@link SiteLinkChecker} looked at and what it found, problems sorted by page and line. */
public record SiteLinkReport(int pages, int links, List<Diagnostic> problems) {
  public SiteLinkReport {
    problems = List.copyOf(problems);
  }
}
