package dev.surveyor.view;

import dev.surveyor.model.ListingDate;
import dev.surveyor.model.Occurrence;
import dev.surveyor.model.Paper;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.text.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each listing gives, for Methodology: its records, how many carry a date and over which days,
 * and what else they state (author counts, upvotes). Counted from the listings as read, so the page
 * never disagrees with the sources; numbers and dates only, so nothing needs escaping.
 */
final class ListingTable {
  private static final String[] ORDINALS = {
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"
  };

  private ListingTable() {}

  /** The name of the listing at {@code index} in the table's order: "First", "Second", … "11". */
  static String name(int index) {
    return index < ORDINALS.length ? ORDINALS[index] : String.valueOf(index + 1);
  }

  /** A listing named in running text: "Third listing", "Listing 11". */
  static String listing(String name) {
    return Character.isDigit(name.charAt(0)) ? "Listing " + name : name + " listing";
  }

  static String html(List<ParsedListing> listings) {
    if (listings.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("<table class=\"listings\">\n<caption>What each listing gives</caption>\n")
        .append("<thead><tr><th scope=\"col\">Listing</th><th scope=\"col\">Records</th>")
        .append("<th scope=\"col\">With a date</th><th scope=\"col\">Dates</th>")
        .append("<th scope=\"col\">Also</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < listings.size(); i++) {
      out.append(row(name(i), listings.get(i)));
    }
    return out.append("</tbody>\n</table>\n").toString();
  }

  /**
   * What listings of exactly the same length are, as far as their content says: a reader seeing
   * three listings of 119 records wonders whether one page was captured three times. Counted from
   * the papers: how many different papers their records are. Why they are the same length the
   * copies do not say, and neither does the page. Empty when no two are alike.
   */
  static String sameLength(List<ParsedListing> listings, List<Paper> papers) {
    Map<Integer, List<Integer>> bySize = new TreeMap<>();
    for (int i = 0; i < listings.size(); i++) {
      int records = listings.get(i).records().size();
      if (records > 1) {
        bySize.computeIfAbsent(records, n -> new ArrayList<>()).add(i);
      }
    }
    bySize.values().removeIf(alike -> alike.size() < 2);
    long[] distinctOf = distinctPapers(bySize.values(), listings, papers);
    StringBuilder out = new StringBuilder();
    int group = 0;
    for (var entry : bySize.entrySet()) {
      List<Integer> alike = entry.getValue();
      long distinct = distinctOf[group++];
      long records = (long) entry.getKey() * alike.size();
      List<String> names = alike.stream().map(i -> name(i).toLowerCase(Locale.ROOT)).toList();
      String named =
          String.join(", ", names.subList(0, names.size() - 1))
              + " and "
              + names.get(names.size() - 1);
      boolean oneLayout = alike.stream().map(i -> listings.get(i).layout()).distinct().count() == 1;
      out.append("<p class=\"same-length\">The ")
          .append(named)
          .append(" listings each hold exactly ")
          .append(Text.grouped(entry.getKey()))
          .append(" records")
          .append(oneLayout ? ", in the same layout" : "")
          .append(". ")
          .append(
              distinct == entry.getKey()
                  ? "They list the same papers, so they may be one page captured "
                      + (alike.size() == 2 ? "twice" : Text.spelled(alike.size()) + " times")
                      + ". "
                  : "They are not one page captured "
                      + (alike.size() == 2 ? "twice" : Text.spelled(alike.size()) + " times")
                      + ": their "
                      + Text.grouped(records)
                      + " records are of "
                      + Text.grouped(distinct)
                      + " different papers. ")
          .append("Nothing in the copies says why they are the same length.</p>\n");
    }
    return out.toString();
  }

  /**
   * For each group of listings, how many papers have a record in one of them: one pass over the
   * papers for all groups (a pass per group was seconds at 100k papers with many such groups).
   */
  private static long[] distinctPapers(
      Collection<List<Integer>> groups, List<ParsedListing> listings, List<Paper> papers) {
    Map<String, Integer> groupOf = new HashMap<>();
    int g = 0;
    for (List<Integer> alike : groups) {
      for (int i : alike) {
        groupOf.put(listings.get(i).file(), g);
      }
      g++;
    }
    long[] distinct = new long[g];
    if (g == 0) {
      return distinct;
    }
    boolean[] seen = new boolean[g];
    for (Paper paper : papers) {
      for (Occurrence o : paper.occurrences()) {
        Integer in = groupOf.get(o.provenance().file());
        if (in != null && !seen[in]) {
          seen[in] = true;
          distinct[in]++;
        }
      }
      Arrays.fill(seen, false);
    }
    return distinct;
  }

  private static String row(String name, ParsedListing listing) {
    int dated = 0;
    int assumed = 0;
    int authors = 0;
    int upvotes = 0;
    ListingDate first = null;
    ListingDate last = null;
    for (Occurrence o : listing.records()) {
      authors += o.authorCount() != null ? 1 : 0;
      upvotes += o.upvotes() != null ? 1 : 0;
      ListingDate date = o.date();
      if (date == null) {
        continue;
      }
      dated++;
      assumed += date.yearAssumed() ? 1 : 0;
      LocalDate day = date.toLocalDate().orElse(null);
      if (day != null) {
        first = first == null || day.isBefore(first.toLocalDate().orElseThrow()) ? date : first;
        last = last == null || day.isAfter(last.toLocalDate().orElseThrow()) ? date : last;
      }
    }
    List<String> also = new ArrayList<>();
    if (authors > 0) {
      also.add("author counts (" + Text.grouped(authors) + ")");
    }
    if (upvotes > 0) {
      also.add("upvotes (" + Text.grouped(upvotes) + ")");
    }
    return "<tr><th scope=\"row\">"
        + name
        + "</th><td>"
        + Text.grouped(listing.records().size())
        + "</td><td>"
        + (dated == 0
            ? "none"
            : Text.grouped(dated)
                + (assumed == 0 ? "" : " (" + Text.grouped(assumed) + " without the year)"))
        + "</td><td>"
        + (first == null ? "" : first.shown() + " to " + last.shown())
        + "</td><td>"
        + String.join(", ", also)
        + "</td></tr>\n";
  }
}
