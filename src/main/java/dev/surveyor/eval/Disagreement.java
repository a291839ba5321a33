package dev.surveyor.eval;

import dev.surveyor.model.Assignment;
import dev.surveyor.model.Label;

/**
 * A label the survey's grouping contradicts: the curator said {@code labelled}, the rules did not.
 */
public record Disagreement(
    Label label, String slug, String theme, boolean labelled, Assignment assignment) {}
