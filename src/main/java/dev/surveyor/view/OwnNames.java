package dev.surveyor.view;

import dev.surveyor.model.Entity;
import dev.surveyor.model.EntityUse;
import dev.surveyor.model.Paper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a paper introduces an entity it names, rather than mentions it: "MiMo: Unlocking the
 * Reasoning Potential…" is MiMo's own paper, and its six uses of the name are not six mentions of
 * something else. The paper's title must name the entity, and either be headed by the name alone
 * ("MiMo:", "MiMo-7B:") or its abstract say "we introduce/propose/present" the name, capitalised,
 * before it describes it. Only the entity's own name counts, not an alias for a variant.
 */
final class OwnNames {
  /** A size or version after the name: "-7B", " 2", "-v1.5". */
  private static final String VERSION = "(?:[-\\s]?v?\\d+(?:\\.\\d+)?[BbMmKk]?)?";

  /** What the abstract says before naming its own contribution. */
  private static final List<String> VERBS =
      List.of("introduce ", "propose ", "present ", "release ");

  private OwnNames() {}

  static boolean introduces(Paper paper, EntityUse use) {
    if (!use.inTitle()) {
      return false;
    }
    int colon = paper.title().indexOf(':');
    String head = colon > 0 ? paper.title().substring(0, colon).strip() : "";
    List<Integer> saying = null; // where "we introduce" ends, found for the first name
    for (String name : names(use.entity())) {
      int flags = use.entity().caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE;
      String quoted = Pattern.quote(name);
      if (head.regionMatches(true, 0, name, 0, name.length())
          && Pattern.compile(quoted + VERSION, flags).matcher(head).matches()) {
        return true;
      }
      saying = saying == null ? saying(paper.abstractText()) : saying;
      if (saying.stream()
          .noneMatch(at -> paper.abstractText().regionMatches(true, at, name, 0, name.length()))) {
        continue; // no name follows "we introduce" anywhere, so the pattern below cannot match
      }
      // Named as the paper's own contribution, then described: "we introduce MiMo-7B, a model…".
      // A lowercase name there is a general method ("we propose curriculum learning for…").
      Matcher said =
          Pattern.compile(
                  "\\b[Ww]e (?:introduce|propose|present|release) ("
                      + quoted
                      + VERSION
                      + ")(?=\\s*[,(:;.])",
                  flags)
              .matcher(paper.abstractText());
      while (said.find()) {
        if (!said.group(1).equals(said.group(1).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Where each "we introduce " and the like may end in {@code text}, in any case (as some entities
   * are matched): the full pattern, compiled per name, runs only where a name follows one.
   */
  private static List<Integer> saying(String text) {
    List<Integer> ends = new ArrayList<>();
    for (int space = text.indexOf(' ', 2); space >= 0; space = text.indexOf(' ', space + 1)) {
      if (text.regionMatches(true, space - 2, "we", 0, 2)) {
        for (String verb : VERBS) {
          if (text.regionMatches(true, space + 1, verb, 0, verb.length())) {
            ends.add(space + 1 + verb.length());
          }
        }
      }
    }
    return ends;
  }

  /**
   * The entity's own name, not its other aliases: "Self-Evolving Curriculum" is an alias of
   * Curriculum learning, and its paper introduces a variant, not curriculum learning.
   */
  private static List<String> names(Entity entity) {
    return entity.shortName().equals(entity.name())
        ? List.of(entity.name())
        : List.of(entity.name(), entity.shortName());
  }
}
