package dev.surveyor.robust;

import dev.surveyor.diag.Diagnostic;
import dev.surveyor.model.LineAccount;
import dev.surveyor.model.LineRole;
import dev.surveyor.model.Occurrence;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.model.SourceText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The accounting invariant of a parsed listing: every source line has exactly one role; title,
 * abstract and metadata lines belong to exactly one record (records in order, never overlapping);
 * every other line is blank, chrome, or rejected with a reason that a diagnostic reports. Throws
 * AssertionError naming the first line that breaks it.
 */
final class Accounting {
  private Accounting() {}

  static void check(SourceText source, ParsedListing listing) {
    List<LineAccount> lines = listing.lines();
    expect(lines.size() == source.lines().size(), listing, 0, "one account per source line");
    LineRole[] roles = new LineRole[lines.size() + 1];
    for (int i = 0; i < lines.size(); i++) {
      LineAccount account = lines.get(i);
      int line = i + 1;
      expect(account.line() == line, listing, line, "accounts in line order");
      expect(account.role() != null, listing, line, "a role");
      expect(
          (account.role() == LineRole.REJECTED) == !account.reason().isBlank(),
          listing,
          line,
          "a reason exactly when rejected");
      expect(
          (account.role() == LineRole.BLANK) == source.line(line).isBlank(),
          listing,
          line,
          "blank exactly when the line is blank");
      roles[line] = account.role();
    }
    boolean[] inRecord = new boolean[roles.length];
    int previousEnd = 0;
    for (Occurrence record : listing.records()) {
      int first = record.provenance().line();
      expect(
          record.provenance().file().equals(source.file()), listing, first, "record in this file");
      expect(first > previousEnd, listing, first, "records in order, not overlapping");
      expect(roles[first] == LineRole.TITLE, listing, first, "a record starts at its title");
      expect(
          !record.title().isBlank() && !record.abstractText().isBlank(),
          listing,
          first,
          "a record has a title and an abstract");
      for (int line = first; line <= record.lastLine(); line++) {
        inRecord[line] = true; // may hold chrome, or metadata rejected on its own
      }
      previousEnd = record.lastLine();
    }
    Set<Integer> reported = new HashSet<>();
    int summaryLine = Integer.MAX_VALUE;
    for (Diagnostic d : listing.diagnostics()) {
      expect(d.file().equals(source.file()), listing, d.line(), "diagnostics name the file");
      if (d.message().endsWith("; line skipped")) {
        expect(
            roles[d.line()] == LineRole.REJECTED, listing, d.line(), "a skipped line is rejected");
        reported.add(d.line());
      }
      if (d.message().contains("more units skipped")) {
        summaryLine = Math.min(summaryLine, d.line());
      }
      if (d.message().endsWith("; file skipped")) {
        summaryLine = 1;
      }
    }
    for (int line = 1; line < roles.length; line++) {
      switch (roles[line]) {
        case TITLE, ABSTRACT, METADATA ->
            expect(inRecord[line], listing, line, "record lines belong to a record");
        case REJECTED ->
            expect(
                reported.contains(line)
                    || line >= summaryLine
                    || roles[line - 1] == LineRole.REJECTED
                        && lines.get(line - 2).reason().equals(lines.get(line - 1).reason()),
                listing,
                line,
                "every rejection is reported");
        default -> {}
      }
    }
  }

  private static void expect(boolean holds, ParsedListing listing, int line, String what) {
    if (!holds) {
      throw new AssertionError(listing.file() + ":" + line + ": accounting broken: " + what);
    }
  }
}
