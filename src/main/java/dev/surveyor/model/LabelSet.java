package dev.surveyor.model;

import java.util.List;

/** The labels file: the themes it has columns for, and one label per paper. */
public record LabelSet(String file, List<String> themes, List<Label> labels) {
  public LabelSet {
    themes = List.copyOf(themes);
    labels = List.copyOf(labels);
  }
}
