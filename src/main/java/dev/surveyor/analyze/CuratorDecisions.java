package dev.surveyor.analyze;

import dev.surveyor.model.Assignment;
import dev.surveyor.model.Assignment.Decision;
import dev.surveyor.model.PaperNote;
import java.util.ArrayList;
import java.util.List;

/** A curator's note wins over any scoring model: the themes it adds or removes. */
final class CuratorDecisions {
  private CuratorDecisions() {}

  static List<Assignment> apply(List<Assignment> scored, PaperNote note) {
    if (note == null) {
      return scored;
    }
    List<Assignment> decided = new ArrayList<>(scored.size());
    for (Assignment a : scored) {
      if (note.addThemes().contains(a.theme())) {
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
