package dev.surveyor.ingest;

import dev.surveyor.model.Paper;
import java.util.List;

/** Everything the listings held: each file as parsed, and the distinct papers after merging. */
public record Corpus(List<ParsedListing> listings, List<Paper> papers, List<MergeGroup> merges) {
  public Corpus {
    listings = List.copyOf(listings);
    papers = List.copyOf(papers);
    merges = List.copyOf(merges);
  }

  public int recordCount() {
    return listings.stream().mapToInt(l -> l.records().size()).sum();
  }

  public long rejectedLines() {
    return listings.stream().mapToLong(l -> l.count(LineRole.REJECTED)).sum();
  }
}
