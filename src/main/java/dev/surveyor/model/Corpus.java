package dev.surveyor.model;

import java.util.List;

/**
 * Everything the sources held: each file as parsed, the distinct papers after merging, and the
 * files among the sources that were not read.
 */
public record Corpus(
    List<ParsedListing> listings,
    List<Paper> papers,
    List<MergeGroup> merges,
    List<SkippedFile> skipped) {

  public Corpus {
    listings = List.copyOf(listings);
    papers = List.copyOf(papers);
    merges = List.copyOf(merges);
    skipped = List.copyOf(skipped);
  }

  public Corpus(List<ParsedListing> listings, List<Paper> papers, List<MergeGroup> merges) {
    this(listings, papers, merges, List.of());
  }

  public int recordCount() {
    return listings.stream().mapToInt(l -> l.records().size()).sum();
  }

  public long rejectedLines() {
    return listings.stream().mapToLong(l -> l.count(LineRole.REJECTED)).sum();
  }
}
