package dev.surveyor.ingest;

import dev.surveyor.model.SourceText;
import java.util.List;

/** A captured listing ({@link ListingParser}): any text source no other format claimed. */
final class ListingFormat implements SourceFormat {
  private static final List<String> SUFFIXES = List.of(".txt", ".md", ".markdown");

  private final ListingParser parser;

  ListingFormat(Integer listingYear) {
    this.parser = new ListingParser(listingYear);
  }

  @Override
  public List<String> suffixes() {
    return SUFFIXES;
  }

  @Override
  public boolean claims(SourceText source) {
    return true;
  }

  @Override
  public Result parse(SourceText source) {
    return new Result(parser.parse(source));
  }
}
