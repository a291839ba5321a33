package dev.surveyor.model;

import java.util.List;

/** Several records found to be one paper: the paper's slug and every place it was seen. */
public record MergeGroup(String slug, String title, List<Provenance> sources) {
  public MergeGroup {
    sources = List.copyOf(sources);
  }
}
