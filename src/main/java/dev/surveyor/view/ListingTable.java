package dev.surveyor.view;

import dev.surveyor.model.ListingDate;
import dev.surveyor.model.Occurrence;
import dev.surveyor.model.ParsedListing;
import dev.surveyor.text.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
      out.append(row(i < ORDINALS.length ? ORDINALS[i] : String.valueOf(i + 1), listings.get(i)));
    }
    return out.append("</tbody>\n</table>\n").toString();
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
