package dev.surveyor.model;

import java.util.Comparator;
import java.util.Objects;

/** Where something came from: a file relative to the content directory and a 1-based line. */
public record Provenance(String file, int line) implements Comparable<Provenance> {
  private static final Comparator<Provenance> ORDER =
      Comparator.comparing(Provenance::file).thenComparingInt(Provenance::line);

  public Provenance {
    Objects.requireNonNull(file, "file");
  }

  @Override
  public int compareTo(Provenance other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
