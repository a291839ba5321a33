package dev.surveyor.view;

import dev.surveyor.model.Occurrence;
import dev.surveyor.text.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What the captured listings say about one paper, and what they leave out, in one sentence for its
 * page: "The capture gives its title, abstract, date and number of authors (9); not the authors'
 * names or a link to the paper's own page there." A reader missing the authors or a link learns
 * that the listings never held them, rather than that the site dropped them. Numbers only come from
 * the records; no captured text is put in the sentence.
 */
final class CapturedFacts {
  private CapturedFacts() {}

  /**
   * @param records the paper's records in listings (not in paper files), in source order
   */
  static String sentence(Collection<Occurrence> records) {
    boolean dated = records.stream().anyMatch(o -> o.date() != null);
    Integer authors = first(records.stream().map(Occurrence::authorCount).toList());
    boolean organization = records.stream().anyMatch(o -> o.organization() != null);
    Integer upvotes = first(records.stream().map(Occurrence::upvotes).toList());
    List<String> given = new ArrayList<>(List.of("title", "abstract"));
    List<String> missing = new ArrayList<>();
    if (dated) {
      given.add("date");
    } else {
      missing.add("its date");
    }
    if (authors != null) {
      given.add("number of authors (" + Text.grouped(authors) + ")");
    }
    if (organization) {
      given.add("organization");
    }
    if (upvotes != null) {
      given.add("upvotes (" + Text.grouped(upvotes) + ")");
    }
    missing.add(authors == null && !dated ? "its authors" : "the authors' names");
    missing.add("a link to the paper's own page there");
    return "The capture gives its "
        + Text.series(given)
        + "; not "
        + String.join(", ", missing.subList(0, missing.size() - 1))
        + " or "
        + missing.get(missing.size() - 1)
        + ".";
  }

  private static Integer first(List<Integer> values) {
    return values.stream().filter(Objects::nonNull).findFirst().orElse(null);
  }
}
