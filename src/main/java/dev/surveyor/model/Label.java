package dev.surveyor.model;

import java.util.Set;

/**
 * A hand label: the themes a curator judged a paper to belong to, from title and abstract.
 *
 * @param heldOut true when the rules were not tuned on this label
 * @param line the label's line in the labels file, for messages
 */
public record Label(String title, boolean heldOut, Set<String> themes, String note, int line) {
  public Label {
    themes = Set.copyOf(themes);
  }
}
