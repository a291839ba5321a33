package dev.surveyor.ingest;

import dev.surveyor.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/** Parses every listing and merges their records into distinct papers. */
public final class ListingIngest {
  private ListingIngest() {}

  public static Corpus ingest(Content content, Diagnostics diagnostics) {
    ListingParser parser = new ListingParser(content.config().listingYear());
    List<ParsedListing> listings = new ArrayList<>();
    for (SourceText source : content.sources()) {
      ParsedListing listing = parser.parse(source);
      diagnostics.reportAll(listing.diagnostics());
      listings.add(listing);
    }
    return PaperMerger.merge(listings);
  }
}
