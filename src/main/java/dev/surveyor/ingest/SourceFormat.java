package dev.surveyor.ingest;

import dev.surveyor.model.ParsedListing;
import dev.surveyor.model.SourceText;
import java.util.List;

/**
 * One way papers are kept in a source file: a captured listing, one paper per Markdown file, JSON
 * Lines. {@link SourceFormats} registers them in order; the first that claims a file reads it.
 * Whatever the format, every line of the file gets a role, and a line that cannot be read is
 * rejected with a reason and reported, never dropped silently.
 */
public interface SourceFormat {
  /**
   * The file name endings this format reads (".jsonl"); files of no format's ending are skipped.
   */
  List<String> suffixes();

  /** Whether this format reads the file, by its name or its content. */
  boolean claims(SourceText source);

  /** Reads the file; safe to call from several threads at once. */
  Result parse(SourceText source);

  /** A parsed file, and the front-matter keys in it that no paper field uses. */
  record Result(ParsedListing listing, List<YamlReader.UnknownKey> unknownKeys) {
    public Result {
      unknownKeys = List.copyOf(unknownKeys);
    }

    /** A file in which every key was read. */
    public Result(ParsedListing listing) {
      this(listing, List.of());
    }
  }

  /** Whether the file's name ends in one of the format's suffixes. */
  static boolean named(SourceText source, List<String> suffixes) {
    return suffixes.stream().anyMatch(source.file()::endsWith);
  }
}
