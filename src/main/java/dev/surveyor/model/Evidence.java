package dev.surveyor.model;

/**
 * Why a theme scored a paper: a cue matched in a field, how often, and the points it gave.
 *
 * @param surface the words as they appear in the paper (first match), for showing a reader
 */
public record Evidence(String cue, String surface, Field field, int count, double points) {
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
