package dev.surveyor.diag;

/** How bad a diagnostic is: warnings let the build publish, errors stop it. */
public enum Severity {
  WARNING,
  ERROR;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
