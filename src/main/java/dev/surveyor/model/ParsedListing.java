package dev.surveyor.model;

import dev.surveyor.diag.Diagnostic;
import java.util.List;

/** What one listing file held: its layout, its records, and the role of every line. */
public record ParsedListing(
    String file,
    Layout layout,
    List<Occurrence> records,
    List<LineAccount> lines,
    List<Diagnostic> diagnostics) {

  public ParsedListing {
    records = List.copyOf(records);
    lines = List.copyOf(lines);
    diagnostics = List.copyOf(diagnostics);
  }

  public long count(LineRole role) {
    return lines.stream().filter(l -> l.role() == role).count();
  }

  public List<LineAccount> rejected() {
    return lines.stream().filter(l -> l.role() == LineRole.REJECTED).toList();
  }
}
