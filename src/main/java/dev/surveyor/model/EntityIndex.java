package dev.surveyor.model;

import java.util.List;
import java.util.Map;

/**
 * Which entities each paper mentions, and which papers mention each entity: both directions of the
 * entity links.
 *
 * @param byPaper per paper slug, title mentions first, then by count
 * @param byEntity per entity slug, the papers mentioning it, most mentions first
 * @param candidates name-like words no entity matches, most frequent first
 */
public record EntityIndex(
    List<Entity> entities,
    Map<String, List<EntityUse>> byPaper,
    Map<String, List<String>> byEntity,
    List<Candidate> candidates) {

  /** A name-like word no entity matches, and how many papers write it: for curators. */
  public record Candidate(String name, int papers) {}

  public EntityIndex {
    entities = List.copyOf(entities);
    byPaper = Map.copyOf(byPaper);
    byEntity = Map.copyOf(byEntity);
    candidates = List.copyOf(candidates);
  }

  public List<EntityUse> of(Paper paper) {
    return byPaper.getOrDefault(paper.slug(), List.of());
  }

  public List<String> papersMentioning(Entity entity) {
    return byEntity.getOrDefault(entity.slug(), List.of());
  }
}
