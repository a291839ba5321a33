package dev.surveyor.model;

/**
 * Why a theme scored a paper: a cue matched in a field, how often, and the points it gave.
 *
 * @param surface the words as they appear in the paper (first match), for showing a reader
 * @param partOf the cue of the theme whose longest match in the field holds one of this cue's
 *     matches ("instruction" inside "instruction following"), or "" when none does: the scorer
 *     counts nested phrases each, a reader sees them as one
 */
public record Evidence(
    String cue, String surface, Field field, int count, double points, String partOf) {

  /** Evidence that no other cue's match holds. */
  public Evidence(String cue, String surface, Field field, int count, double points) {
    this(cue, surface, field, count, points, "");
  }

  /** One line for reports and exports: {@code abstract: GSM8K ×2}. */
  public String describe() {
    return field.label() + ": " + surface + (count > 1 ? " ×" + count : "");
  }

  /** Where in a paper a phrase was found. */
  public enum Field {
    TITLE,
    ABSTRACT;

    public String label() {
      return this == TITLE ? "title" : "abstract";
    }
  }
}
