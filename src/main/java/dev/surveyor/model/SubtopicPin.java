package dev.surveyor.model;

import java.util.List;

/**
 * A sub-topic a curator names in a theme's front matter: the papers whose title or abstract has one
 * of its phrases seed it, and it keeps the curator's name whatever else the clustering finds.
 */
public record SubtopicPin(String name, List<String> phrases) {
  public SubtopicPin {
    phrases = List.copyOf(phrases);
  }
}
