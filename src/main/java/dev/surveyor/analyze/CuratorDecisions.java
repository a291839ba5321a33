package dev.surveyor.analyze;

import dev.surveyor.model.Assignment;
import dev.surveyor.model.Assignment.Decision;
import dev.surveyor.model.PaperNote;
import java.util.ArrayList;
import java.util.List;

/**
 * A curator's note wins over any scoring model: a verdict decides every theme, {@code add_themes}
 * and {@code remove_themes} the ones they name.
 */
final class CuratorDecisions {
  private CuratorDecisions() {}

  static List<Assignment> apply(List<Assignment> scored, PaperNote note) {
    if (note == null) {
      return scored;
    }
    List<Assignment> decided = new ArrayList<>(scored.size());
    for (Assignment a : scored) {
      if (note.verdict().isPresent()) {
        boolean in = note.verdict().get().contains(a.theme());
        decided.add(a.decidedBy(in ? Decision.VERDICT_IN : Decision.VERDICT_OUT));
      } else if (note.addThemes().contains(a.theme())) {
        decided.add(a.decidedBy(Decision.CURATOR_ADDED));
      } else if (note.removeThemes().contains(a.theme())) {
        decided.add(a.decidedBy(Decision.CURATOR_REMOVED));
      } else {
        decided.add(a);
      }
    }
    return decided;
  }
}
