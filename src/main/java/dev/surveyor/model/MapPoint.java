package dev.surveyor.model;

/**
 * A paper's place on the map of the field, both coordinates in [0, 1]. On each axis the papers
 * inside Tukey's fences fill [{@link #MARGIN}, 1 - {@link #MARGIN}] in proportion; the outliers
 * beyond sit in the margins, squeezed (in order, nearer the edge the further out), so they neither
 * stretch the scale nor pile up on the edge.
 */
public record MapPoint(String slug, double x, double y) {
  /** The width of each margin, which holds the outliers. */
  public static final double MARGIN = 0.05;

  /** Whether the paper is an outlier on either axis, drawn nearer than it is. */
  public boolean outlier() {
    return x < MARGIN || x > 1 - MARGIN || y < MARGIN || y > 1 - MARGIN;
  }
}
