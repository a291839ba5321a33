package dev.surveyor.ingest;

import dev.surveyor.model.Content;
import dev.surveyor.model.SourceText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The source formats, in the order they are asked whether they read a file: JSON Lines by its name,
 * a paper file by its front matter, and a listing for anything else (the content decides between
 * the last two, never the name). A new format is one class and one line here.
 */
public final class SourceFormats {
  private final List<SourceFormat> formats;

  private SourceFormats(List<SourceFormat> formats) {
    this.formats = List.copyOf(formats);
  }

  /** The formats for a survey: listing dates without a year take its listing year. */
  public static SourceFormats of(Integer listingYear) {
    return new SourceFormats(
        List.of(new JsonLinesFormat(), new PaperFileFormat(), new ListingFormat(listingYear)));
  }

  public static SourceFormats of(Content content) {
    return of(content.config().listingYear());
  }

  /** Every file name ending some format reads, in registration order: ".jsonl", ".txt", ... */
  public static List<String> suffixes() {
    Set<String> all = new LinkedHashSet<>();
    of((Integer) null).formats.forEach(format -> all.addAll(format.suffixes()));
    return List.copyOf(all);
  }

  /** The suffixes as a reader sees them: "*.jsonl, *.md, ...". */
  public static String describe() {
    return String.join(", ", suffixes().stream().map(s -> "*" + s).toList());
  }

  /** Parses a file with the first format that claims it; the last, a listing, takes any. */
  public SourceFormat.Result parse(SourceText source) {
    for (SourceFormat format : formats) {
      if (format.claims(source)) {
        return format.parse(source);
      }
    }
    return formats.get(formats.size() - 1).parse(source);
  }
}
