package dev.surveyor.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.Value;

/**
 * Reads BibTeX with a real parser (jbibtex) in its strict mode: a syntax error fails, and so does
 * any macro other than the twelve month names every BibTeX style defines.
 */
public final class Bib {
  private Bib() {}

  /** Every entry in file order, duplicates included (a database keeps only one per key). */
  public static List<BibTeXEntry> parse(String text) {
    try {
      BibTeXDatabase db = new BibTeXParser().parse(new StringReader(text));
      List<BibTeXEntry> entries = new ArrayList<>();
      for (BibTeXObject o : db.getObjects()) {
        if (o instanceof BibTeXEntry e) {
          entries.add(e);
        }
      }
      return entries;
    } catch (ParseException e) {
      throw new AssertionError("not valid BibTeX: " + e.getMessage() + "\n" + text, e);
    }
  }

  /** Keys that occur more than once. */
  public static Set<String> duplicateKeys(List<BibTeXEntry> entries) {
    Set<String> seen = new HashSet<>();
    Set<String> duplicates = new HashSet<>();
    for (BibTeXEntry e : entries) {
      if (!seen.add(e.getKey().getValue())) {
        duplicates.add(e.getKey().getValue());
      }
    }
    return duplicates;
  }

  /** A field as LaTeX would print it, or null when the entry lacks it. */
  public static String printed(BibTeXEntry entry, String field) {
    Value value = entry.getField(new Key(field));
    if (value == null) {
      return null;
    }
    try {
      return new LaTeXPrinter().print(new LaTeXParser().parse(value.toUserString()));
    } catch (ParseException e) {
      throw new AssertionError("not valid LaTeX in " + field + ": " + value.toUserString(), e);
    }
  }

  /** A field's raw content, or null. */
  public static String raw(BibTeXEntry entry, String field) {
    Value value = entry.getField(new Key(field));
    return value == null ? null : value.toUserString();
  }

  /**
   * How LaTeX prints plain text: "--" and "---" as dashes and straight quotes as curly ones. A
   * title that reads "A -- B" in a listing is expected to print with an en dash.
   */
  public static String typeset(String text) {
    return text.replace("---", "\u2014")
        .replace("--", "\u2013")
        .replace("``", "\u201c")
        .replace("`", "\u2018")
        .replace("''", "\u201d")
        .replace("'", "\u2019");
  }
}
