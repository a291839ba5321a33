package dev.surveyor.diag;

/**
 * How bad a diagnostic is: errors stop the build, warnings let it publish, notes point a curator at
 * something worth a look (told by {@code check}, not by {@code build}).
 */
public enum Severity {
  NOTE,
  WARNING,
  ERROR;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
