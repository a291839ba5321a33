package dev.surveyor.build;

import dev.surveyor.diag.Diagnostics;
import dev.surveyor.ingest.ListingIngest;
import dev.surveyor.ingest.SourceFormat;
import dev.surveyor.model.Content;
import dev.surveyor.model.Corpus;
import dev.surveyor.model.SourceText;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Parsed sources (listings and paper files) kept between builds, keyed by file, content and listing
 * year (which dates depend on), so a rebuild parses only the sources that changed. Entries the last
 * build did not use are dropped. Sources are parsed on several threads. Serve keeps one for as long
 * as it runs and hands its {@link #ingest} to {@link Reuse#load}; not thread-safe between ingests.
 */
public final class ListingCache {
  private record Key(SourceText source, Integer listingYear) {}

  private Map<Key, SourceFormat.Result> parsed = new ConcurrentHashMap<>();
  private int lastParsed;

  public Corpus ingest(Content content, Diagnostics diagnostics) {
    Function<SourceText, SourceFormat.Result> parser = ListingIngest.parser(content);
    Map<Key, SourceFormat.Result> used = new ConcurrentHashMap<>();
    AtomicInteger fresh = new AtomicInteger();
    Corpus corpus =
        ListingIngest.ingest(
            content,
            diagnostics,
            source -> {
              Key key = new Key(source, content.config().listingYear());
              SourceFormat.Result result = parsed.get(key);
              if (result == null) {
                result = parser.apply(source);
                fresh.incrementAndGet();
              }
              used.put(key, result);
              return result;
            });
    parsed = used;
    lastParsed = fresh.get();
    return corpus;
  }

  /** How many sources the last ingest had to parse. */
  public int lastParsed() {
    return lastParsed;
  }
}
