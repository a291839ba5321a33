package dev.surveyor.model;

import java.util.Objects;

/**
 * One appearance of a paper in one listing, with the metadata that listing printed for it.
 *
 * @param provenance the file and line of the title
 * @param lastLine the last source line that belongs to this record
 * @param title the title exactly as printed
 * @param authorCount from a "• N authors" line, or null
 * @param organization from an organisation line, or null
 * @param date from the date line, or null
 * @param upvotes the count printed after the date, or null
 * @param details what a curated collection states (authors, year, venue, tags, links); empty for a
 *     listing record
 */
public record Occurrence(
    Provenance provenance,
    int lastLine,
    String title,
    String abstractText,
    Integer authorCount,
    String organization,
    ListingDate date,
    Integer upvotes,
    PaperDetails details) {

  public Occurrence {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(abstractText, "abstractText");
    Objects.requireNonNull(details, "details");
  }

  /** A listing record, which states no details. */
  public Occurrence(
      Provenance provenance,
      int lastLine,
      String title,
      String abstractText,
      Integer authorCount,
      String organization,
      ListingDate date,
      Integer upvotes) {
    this(
        provenance,
        lastLine,
        title,
        abstractText,
        authorCount,
        organization,
        date,
        upvotes,
        PaperDetails.none());
  }
}
