package dev.surveyor.model;

/**
 * A named sub-topic on another page about the same subject as a sub-topic: a reader who finds
 * "Supervised fine-tuning methods" on the Other page should learn that Instruction tuning has
 * "Supervised fine-tuning recipes", and why a paper sits in one and not the other.
 *
 * @param theme the slug of the page it is on (a theme's, or {@link Survey#OTHER})
 * @param slug its slug on that page
 * @param label its name
 * @param size how many papers it holds
 * @param shared how many of them are in both groups
 */
public record SubtopicCounterpart(String theme, String slug, String label, int size, int shared) {}
