package dev.surveyor.analyze;

import dev.surveyor.model.Assignment;
import java.util.List;

/**
 * A model of theme membership: scores one paper against every theme and says why, in its own
 * evidence and a reader's words. The rules are one such model; a learned model or a combination is
 * another class behind this interface. Curators' decisions are applied afterwards, by {@link
 * CuratorDecisions}, whatever the model.
 */
public interface ThemeScorer {
  /** One assignment per theme, in theme order, each decided by the model alone. */
  List<Assignment> score(AnalyzedPaper paper);
}
