package dev.surveyor.ingest;

import dev.surveyor.model.Content;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An earlier read whose settings, themes, extra pages, entity lexicon and listings may stand in for
 * files whose bytes have not changed since, so serve does not decode and parse them again on every
 * edit. Which files are unchanged is decided elsewhere (by the build's stamps); the readers only
 * take what this offers.
 *
 * @param previous the earlier read, or null for none
 * @param unchanged whether a file (relative path, as in diagnostics) has the bytes it had when
 *     {@code previous} was read
 * @param before the bytes a file had when {@code previous} was read, or null: a theme file whose
 *     front matter they show unchanged keeps its theme with the new introduction
 */
public record EarlierRead(
    Content previous, Predicate<String> unchanged, Function<String, byte[]> before) {
  public static final EarlierRead NONE = new EarlierRead(null, file -> false);

  public EarlierRead(Content previous, Predicate<String> unchanged) {
    this(previous, unchanged, file -> null);
  }

  /** Whether the earlier read of {@code file} stands. */
  boolean applies(String file) {
    return previous != null && unchanged.test(file);
  }
}
