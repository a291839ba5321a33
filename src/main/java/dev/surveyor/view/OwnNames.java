package dev.surveyor.view;

import dev.surveyor.model.Entity;
import dev.surveyor.model.EntityUse;
import dev.surveyor.model.Paper;
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

  private OwnNames() {}

  static boolean introduces(Paper paper, EntityUse use) {
    if (!use.inTitle()) {
      return false;
    }
    int colon = paper.title().indexOf(':');
    String head = colon > 0 ? paper.title().substring(0, colon).strip() : "";
    for (String name : names(use.entity())) {
      int flags = use.entity().caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE;
      String quoted = Pattern.quote(name);
      if (Pattern.compile(quoted + VERSION, flags).matcher(head).matches()) {
        return true;
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
   * The entity's own name, not its other aliases: "Self-Evolving Curriculum" is an alias of
   * Curriculum learning, and its paper introduces a variant, not curriculum learning.
   */
  private static List<String> names(Entity entity) {
    return entity.shortName().equals(entity.name())
        ? List.of(entity.name())
        : List.of(entity.name(), entity.shortName());
  }
}
