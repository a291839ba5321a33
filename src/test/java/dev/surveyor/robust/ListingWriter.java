package dev.surveyor.robust;

import dev.surveyor.model.Layout;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes records the way the captured listings print them, in each layout the parser reads, and
 * remembers on which lines each record lands, so a parse can be compared with what was written.
 */
final class ListingWriter {
  /** The metadata a listing may print after a record (blank-separated-with-metadata only). */
  record Meta(Integer authors, String orgHandle, String orgName, String date, Integer upvotes) {
    static final Meta NONE = new Meta(null, null, null, null, null);

    boolean isEmpty() {
      return authors == null && orgHandle == null && date == null;
    }

    /** Lines as printed: " • 7 authors" or an organisation, then "·", then the date. */
    List<String> lines() {
      List<String> lines = new ArrayList<>();
      if (authors != null) {
        lines.add("  • " + authors + (authors == 1 ? " author" : " authors"));
      } else if (orgHandle != null) {
        lines.add(orgHandle + " " + orgName);
      }
      if (!lines.isEmpty()) {
        lines.add("·");
      }
      if (date != null) {
        lines.add(upvotes == null ? date : date + " " + upvotes);
      }
      return lines;
    }
  }

  /** A record to write; its meta is printed only in the metadata layout. */
  record Rec(String title, String abstractText, Meta meta) {}

  /** Where a written record landed. */
  record Placed(Rec rec, int titleLine, int lastLine) {}

  /** A written listing: its lines (without terminators) and where each record is. */
  record Written(List<String> lines, List<Placed> placed) {
    String text(String newline) {
      return String.join(newline, lines) + newline;
    }
  }

  private final List<String> lines = new ArrayList<>();
  private final List<Placed> placed = new ArrayList<>();

  private ListingWriter() {}

  /**
   * @param chrome how many of the page's banner lines to print above the records (0 to 4)
   * @param glued in the alternating layout, whether "Subscribe" is glued to the first title
   */
  static Written write(Layout layout, List<Rec> records, int chrome, boolean glued) {
    ListingWriter w = new ListingWriter();
    if (layout == Layout.ALTERNATING) {
      w.alternating(records, chrome, glued);
    } else {
      w.blankSeparated(records, chrome, layout == Layout.BLANK_SEPARATED_WITH_METADATA);
    }
    return new Written(List.copyOf(w.lines), List.copyOf(w.placed));
  }

  private void blankSeparated(List<Rec> records, int chrome, boolean metadata) {
    List<String> banner =
        List.of(
            "new",
            "Get trending papers in your email inbox!",
            "Subscribe",
            "Daily Papers",
            "byAK and the research community",
            "Nov 21");
    for (String line :
        banner.subList(banner.size() - Math.min(chrome, banner.size()), banner.size())) {
      lines.add(line);
      lines.add("");
    }
    for (Rec rec : records) {
      int titleLine = add(rec.title());
      lines.add("");
      int last = add(rec.abstractText());
      if (metadata && !rec.meta().isEmpty()) {
        lines.add("");
        for (String line : rec.meta().lines()) {
          last = add(line);
        }
      }
      lines.add("");
      placed.add(new Placed(rec, titleLine, last));
    }
  }

  private void alternating(List<Rec> records, int chrome, boolean glued) {
    List<String> banner =
        List.of(
            "Get trending papers in your email inbox once a day!",
            "Get trending papers in your email inbox!");
    lines.addAll(banner.subList(banner.size() - Math.min(chrome, banner.size()), banner.size()));
    for (int i = 0; i < records.size(); i++) {
      Rec rec = records.get(i);
      int titleLine = add(i == 0 && glued ? "Subscribe" + rec.title() : rec.title());
      int last = add(rec.abstractText());
      placed.add(new Placed(rec, titleLine, last));
    }
  }

  private int add(String line) {
    lines.add(line);
    return lines.size();
  }
}
