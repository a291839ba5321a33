package dev.surveyor.model;

/** What a source line turned out to be. Every line of a listing gets exactly one role. */
public enum LineRole {
  BLANK,
  CHROME,
  TITLE,
  ABSTRACT,
  METADATA,
  REJECTED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
