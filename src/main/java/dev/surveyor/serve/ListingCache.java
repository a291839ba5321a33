package dev.surveyor.serve;

import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.Content;
import dev.surveyor.ingest.Corpus;
import dev.surveyor.ingest.ListingIngest;
import dev.surveyor.ingest.ListingParser;
import dev.surveyor.ingest.ParsedListing;
import dev.surveyor.ingest.SourceText;
import java.util.HashMap;
import java.util.Map;

/**
 * Parsed listings kept between builds, keyed by file, content and listing year (which dates
 * depend on), so a rebuild parses only the listings that changed. Entries no build used last
 * are dropped.
 */
final class ListingCache {
  private record Key(SourceText source, Integer listingYear) {}

  private Map<Key, ParsedListing> parsed = new HashMap<>();
  private int lastParsed;

  Corpus ingest(Content content, Diagnostics diagnostics) {
    ListingParser parser = ListingIngest.parser(content);
    Map<Key, ParsedListing> used = new HashMap<>();
    int[] fresh = {0};
    Corpus corpus =
        ListingIngest.ingest(
            content,
            diagnostics,
            source -> {
              Key key = new Key(source, content.config().listingYear());
              ParsedListing listing = parsed.get(key);
              if (listing == null) {
                listing = parser.parse(source);
                fresh[0]++;
              }
              used.put(key, listing);
              return listing;
            });
    parsed = used;
    lastParsed = fresh[0];
    return corpus;
  }

  /** How many listings the last ingest had to parse. */
  int lastParsed() {
    return lastParsed;
  }
}
